import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Icebreaker, Profile } from '../../../shared/domain'
import { ProfileSettings } from '../../../renderer/src/components/settings/ProfileSettings'
import { fakeKith, renderWithKith } from '../fakeKith'

const at = '2026-11-29T12:00:00.000Z'
const icebreaker = (id: string, question: string, extra: Partial<Icebreaker> = {}): Icebreaker => ({
  id,
  question,
  builtIn: true,
  hidden: false,
  createdAt: at,
  updatedAt: at,
  ...extra,
})
const ICEBREAKERS = [
  icebreaker('ib-business', 'What does your business do, and who is a good customer for you?'),
  icebreaker('ib-why-here', 'What brings you to this event?'),
  icebreaker('ib-training', 'Where did you go to college or get your training?', { hidden: true }),
]
const PROFILE: Profile = {
  name: 'You',
  elevatorPitch: '',
  answers: [
    { icebreakerId: 'ib-business', answer: 'Operations consulting.' },
    { icebreakerId: 'ib-training', answer: 'Purdue, industrial engineering.' },
  ],
}

function setup(extra: Parameters<typeof fakeKith>[0] = {}) {
  const kith = fakeKith({ 'profile:get': () => PROFILE, 'icebreakers:list': () => ICEBREAKERS, ...extra })
  const view = renderWithKith(<ProfileSettings />, kith, '/settings')
  // Leaving the page: what is still waiting to be saved is saved at once.
  return Object.assign(kith, { leave: () => view.unmount() })
}
const lastCall = (kith: ReturnType<typeof setup>) => kith.callsTo('profile:update').at(-1)

/** The error text tied to a field, as a screen reader would read it with the field. */
function fieldError(field: HTMLElement): string | null | undefined {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ')
  return document.getElementById(ids.find((id) => id.includes('error')) ?? '')?.textContent
}

describe('my pitch and answers', () => {
  it('saves the pitch and my answers, leaving out empty ones and keeping answers to hidden questions', async () => {
    const kith = setup({ 'profile:update': (input) => ({ ...PROFILE, ...(input as { patch: Partial<Profile> }).patch }) })
    const pitch = await screen.findByRole('textbox', { name: /My elevator pitch/ })
    // Pasted rather than typed key by key: the same change events, without a timer per character.
    await userEvent.click(pitch)
    await userEvent.paste('  I help small manufacturers ship faster. ')
    await userEvent.click(screen.getByRole('textbox', { name: 'What brings you to this event?' }))
    await userEvent.paste('Meeting property managers')
    // A hidden question gets no field: it is not on the sheet.
    expect(screen.queryByRole('textbox', { name: /Where did you go to college/ })).toBeNull()
    // Saved as it was typed, without a Save button.
    expect(await screen.findByText('Saved', {}, { timeout: 5_000 })).toBeTruthy()
    kith.leave()
    await waitFor(() => expect(kith.callsTo('profile:update').length).toBeGreaterThan(0))
    expect(lastCall(kith)).toEqual({
      patch: {
        elevatorPitch: 'I help small manufacturers ship faster.',
        answers: [
          { icebreakerId: 'ib-business', answer: 'Operations consulting.' },
          { icebreakerId: 'ib-why-here', answer: 'Meeting property managers' },
          { icebreakerId: 'ib-training', answer: 'Purdue, industrial engineering.' },
        ],
      },
    })
  })

  it('drops an answer I emptied', async () => {
    const kith = setup({ 'profile:update': () => PROFILE })
    const business = await screen.findByRole('textbox', { name: /What does your business do/ })
    await userEvent.clear(business)
    kith.leave()
    await waitFor(() => expect(kith.callsTo('profile:update').length).toBeGreaterThan(0))
    expect(lastCall(kith)).toEqual({
      patch: { elevatorPitch: '', answers: [{ icebreakerId: 'ib-training', answer: 'Purdue, industrial engineering.' }] },
    })
  })
})

describe('editing the icebreakers', () => {
  it('refuses to add an empty question with a message at the field and calls nothing', async () => {
    const kith = setup()
    const question = await screen.findByRole('textbox', { name: 'Add your own question' })
    await userEvent.type(question, '   ')
    await userEvent.click(screen.getByRole('button', { name: 'Add' }))

    expect(question.getAttribute('aria-invalid')).toBe('true')
    expect(fieldError(question)).toBe('Write the question you want to ask, then add it.')
    expect(kith.calls.map((c) => c.channel).filter((c) => c !== 'profile:get' && c !== 'icebreakers:list')).toEqual([])
  })

  it('adds my own question, trimmed, and empties the field', async () => {
    const kith = setup({ 'icebreakers:create': (input) => icebreaker('ib-mine', (input as { question: string }).question, { builtIn: false }) })
    const question = await screen.findByRole('textbox', { name: 'Add your own question' })
    await userEvent.click(question)
    await userEvent.paste('  Who would be a great introduction for you?  ')
    await userEvent.click(screen.getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(kith.callsTo('icebreakers:create')).toEqual([{ question: 'Who would be a great introduction for you?' }]))
    await waitFor(() => expect((question as HTMLInputElement).value).toBe(''))
  })

  it('hides a question from the sheets with its switch', async () => {
    const kith = setup({ 'icebreakers:update': (input) => ({ ...ICEBREAKERS[1], ...(input as { patch: object }).patch }) })
    await userEvent.click(await screen.findByRole('switch', { name: 'Show "What brings you to this event?" on cheat sheets' }))
    await waitFor(() => expect(kith.callsTo('icebreakers:update')).toEqual([{ id: 'ib-why-here', patch: { hidden: true } }]))
  })

  it('refuses to reword a question to nothing, and saves a real rewording', async () => {
    const kith = setup({ 'icebreakers:update': (input) => ({ ...ICEBREAKERS[0], ...(input as { patch: object }).patch }) })
    await userEvent.click(await screen.findByRole('button', { name: 'Reword "What brings you to this event?"' }))
    const field = screen.getByRole('textbox', { name: 'Question' })
    await userEvent.clear(field)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(fieldError(field)).toBe('Write the question, or hide it instead of emptying it.')
    expect(kith.callsTo('icebreakers:update')).toEqual([])

    await userEvent.type(field, 'What made you come today?')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(kith.callsTo('icebreakers:update')).toEqual([{ id: 'ib-why-here', patch: { question: 'What made you come today?' } }]))
  })
})
