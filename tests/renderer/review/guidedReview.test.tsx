import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { WeeklyReviewModel } from '../../../shared/derive/weeklyReview'
import { ReviewPage } from '../../../renderer/src/pages/ReviewPage'
import { fakeKith, renderWithKith } from '../fakeKith'
import { busyJournal, empty, modelOf, NOW } from './reviewFixtures'
import { generateSampleJournal } from '../../../shared/sample/generate'

const saved = (input: unknown) => ({ id: 'rv-1', weekStart: '2026-11-22', createdAt: '', updatedAt: '', wentWell: '', intentions: '', ...(input as object) })

function reviewWith(model: WeeklyReviewModel) {
  const kith = fakeKith({
    'review:summary': () => model,
    'reviews:save': saved,
    'reviews:history': () => ({ reviews: [], streak: { weeks: 1, through: '2026-11-22' }, sixMonths: {}, twelveMonths: {} }),
    'people:update': (input) => input,
    'followups:create': (input) => input,
    'followups:done': (input) => input,
    'followups:snooze': (input) => input,
    'followups:dismiss': (input) => input,
    'referrals:update': (input) => input,
    'interactions:create': (input) => input,
    'icebreakers:list': () => [
      { id: 'ib-training', question: 'Where did you go to college or get your training?', hidden: false, createdAt: '', updatedAt: '' },
    ],
    'people:answer': (input) => input,
  })
  renderWithKith(<ReviewPage />, kith, '/review')
  return kith
}

const stepCard = (name: string) => screen.getByRole('article', { name })
const click = (element: HTMLElement) => act(() => fireEvent.click(element))

// Mantine renders a lot per click in happy-dom; on a shared two-core machine a test takes seconds.
describe('the guided weekly review', { timeout: 20_000 }, () => {
  it('opens where the saved review was left, and remembers each step moved to', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'going-cold'))
    await screen.findByRole('heading', { level: 2, name: 'Going cold' })
    await click(screen.getByRole('button', { name: /^Next: Overdue follow-ups/ }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Overdue follow-ups' })).toBeTruthy()
    expect(kith.callsTo('reviews:save')).toEqual([
      { weekStart: '2026-11-22', step: 'overdue', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekStartsOn: 0 },
    ])
  })

  it('completes the review with the reflection as written', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'reflection'))
    const wentWell = await screen.findByLabelText('What went well this week?')
    fireEvent.change(wentWell, { target: { value: 'Coffee with Dana led to an introduction.' } })
    fireEvent.change(screen.getByLabelText("Next week's intentions"), { target: { value: 'Two one-to-ones' } })
    await click(screen.getByRole('button', { name: 'Complete the review' }))
    expect(await screen.findByRole('heading', { name: 'Week reviewed' })).toBeTruthy()
    expect(kith.callsTo('reviews:save')).toEqual([
      expect.objectContaining({
        weekStart: '2026-11-22',
        wentWell: 'Coffee with Dana led to an introduction.',
        intentions: 'Two one-to-ones',
        step: 'reflection',
        complete: true,
      }),
    ])
  })

  it('keeps a half-written reflection when the user leaves the box', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'reflection'))
    const wentWell = await screen.findByLabelText('What went well this week?')
    fireEvent.change(wentWell, { target: { value: 'Met Rosa at the bakery' } })
    await act(() => fireEvent.blur(wentWell))
    expect(kith.callsTo('reviews:save')).toEqual([expect.objectContaining({ step: 'reflection', wentWell: 'Met Rosa at the bakery', intentions: '' })])
    expect(kith.callsTo('reviews:save')[0]).not.toHaveProperty('complete')
  })

  it('will not complete an empty reflection, and says what to write', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'reflection'))
    await click(await screen.findByRole('button', { name: 'Complete the review' }))
    expect(await screen.findByText(/Write a line in either box to complete the review/)).toBeTruthy()
    expect(kith.callsTo('reviews:save')).toEqual([])
  })

  it('relaxes a cold relationship, logs a conversation and schedules a follow-up in one click each', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'going-cold'))
    await screen.findByRole('heading', { level: 2, name: 'Going cold' })
    const isabel = stepCard('Isabel Duarte')
    await click(within(isabel).getByRole('button', { name: 'Relax to every 49 days' }))
    expect(kith.callsTo('people:update')).toEqual([{ id: 'p-isabel-duarte', patch: { cadenceDays: 49 } }])
    await click(within(isabel).getByRole('button', { name: 'Follow up in 3 days' }))
    expect(kith.callsTo('followups:create')).toEqual([expect.objectContaining({ personId: 'p-isabel-duarte', note: 'Get back in touch with Isabel Duarte' })])
    await click(within(isabel).getByRole('button', { name: 'Log a conversation' }))
    await click(await screen.findByRole('menuitem', { name: 'Coffee' }))
    expect(kith.callsTo('interactions:create')).toEqual([expect.objectContaining({ kind: 'coffee', personIds: ['p-isabel-duarte'] })])
  })

  it('marks an overdue follow-up done and thanks a referrer from their steps', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'overdue'))
    const note = 'Send Sofia a follow-up note about what we discussed'
    await screen.findByRole('heading', { level: 2, name: 'Overdue follow-ups' })
    await click(within(stepCard(note)).getByRole('button', { name: 'Done' }))
    expect(kith.callsTo('followups:done')).toHaveLength(1)

    await click(screen.getByRole('button', { name: /^Next: Give and take/ }))
    const marcus = await screen.findByRole('article', { name: 'Marcus Bell' })
    await click(within(marcus).getByRole('button', { name: /^Mark thanked/ }))
    expect(kith.callsTo('referrals:update')).toEqual([{ id: expect.any(String), patch: { thanked: true } }])
  })

  it('follows up with, tags and notes what was learned about someone new', async () => {
    const kith = reviewWith(modelOf(busyJournal(), 'new-people'))
    const rosa = await screen.findByRole('article', { name: 'Rosa Alvarez' })
    expect(within(rosa).getByText('No follow-up scheduled')).toBeTruthy()
    await click(within(rosa).getByRole('button', { name: 'Follow up in 3 days' }))
    expect(kith.callsTo('followups:create')).toEqual([expect.objectContaining({ personId: 'p-rosa', note: 'Follow up with Rosa Alvarez' })])

    const tag = within(rosa).getByLabelText('Tag for Rosa Alvarez')
    await act(() => fireEvent.keyDown(tag, { key: 'Enter' }))
    expect(within(rosa).getByText('Type a tag first, e.g. "leads-group"')).toBeTruthy()
    fireEvent.change(tag, { target: { value: 'bakery' } })
    await act(() => fireEvent.keyDown(tag, { key: 'Enter' }))
    expect(kith.callsTo('people:update')).toEqual([{ id: 'p-rosa', patch: { tags: ['bakery'] } }])

    await click(within(rosa).getByRole('button', { name: 'Note what you learned' }))
    await click(within(rosa).getByRole('button', { name: 'Save what I learned' }))
    expect(within(rosa).getByText(/Write what you learned about Rosa Alvarez/)).toBeTruthy()
    fireEvent.change(within(rosa).getByLabelText('What you learned'), { target: { value: 'Opening a second shop in spring' } })
    await click(within(rosa).getByRole('button', { name: 'Save what I learned' }))
    expect(kith.callsTo('interactions:create')).toEqual([
      expect.objectContaining({ kind: 'note', personIds: ['p-rosa'], summary: 'Opening a second shop in spring' }),
    ])
  })

  it('teaches what each step is for when the journal is empty', async () => {
    reviewWith(modelOf(empty()))
    const teaching: [heading: string, empty: string][] = [
      ['The week in numbers', 'Nothing to count yet'],
      ['New people this week', 'Nobody new this week'],
      ['Going cold', 'Nobody is going cold'],
      ['Overdue follow-ups', 'No overdue follow-ups'],
      ['Give and take', 'You are square with everyone'],
      ["Next week's events", 'No events next week'],
      ['Reflection', 'This is your first reflection'],
    ]
    for (const [index, [heading, text]] of teaching.entries()) {
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy()
      expect(screen.getByText(new RegExp(text))).toBeTruthy()
      if (index < teaching.length - 1) await click(screen.getByRole('button', { name: /^Next:/ }))
    }
  })

  it('shows a long step twenty at a time, strongest first, so a decade of contacts stays quick', async () => {
    const journal = generateSampleJournal({ now: NOW, scale: { people: 300, interactions: 0, events: 0, referrals: 0, followUps: 0 } })
    const model = modelOf(journal, 'going-cold')
    const cold = model.steps['going-cold']
    expect(cold.length).toBeGreaterThan(45)
    reviewWith(model)
    await screen.findByRole('heading', { level: 2, name: 'Going cold' })
    const cards = () => screen.getAllByRole('article').filter((card) => cold.some((c) => c.name === card.getAttribute('aria-label')))
    expect(cards().map((card) => card.getAttribute('aria-label'))).toEqual(cold.slice(0, 20).map((c) => c.name))
    await click(screen.getByRole('button', { name: `Show 20 more (${(cold.length - 20).toLocaleString()} going cold not shown)` }))
    expect(cards()).toHaveLength(40)
  })
})
