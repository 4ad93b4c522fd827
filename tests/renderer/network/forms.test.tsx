import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

// Two shared cores: typing in happy-dom is slow, not wrong.
vi.setConfig({ testTimeout: 20_000 })
import { ConversationForm } from '../../../renderer/src/components/network/ConversationForm'
import { EventEditForm } from '../../../renderer/src/components/network/EventEditForm'
import { PersonEditForm } from '../../../renderer/src/components/network/PersonEditForm'
import { ReferralForm } from '../../../renderer/src/components/network/ReferralForm'
import { fakeKith, renderWithKith } from '../fakeKith'
import { byLabel, dayFromToday, event, expectFieldError, person } from './helpers'

const saves = (kith: ReturnType<typeof fakeKith>) => kith.calls.filter((c) => !/:(list|get)$/.test(c.channel))

describe('editing a person', () => {
  it('refuses a first meeting in the future at the "Met on" field and saves nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<PersonEditForm person={person('p-dana', 'Dana Reyes')} />, kith)
    fireEvent.change(byLabel('Met on'), { target: { value: dayFromToday(3) } })
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expectFieldError(byLabel('Met on'), 'The first meeting cannot be in the future: pick today or an earlier day')
    expect(saves(kith)).toEqual([])
  })

  it('refuses an empty name at the field and saves nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<PersonEditForm person={person('p-dana', 'Dana Reyes')} />, kith)
    await userEvent.clear(screen.getByRole('textbox', { name: /Name/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expectFieldError(screen.getByRole('textbox', { name: /Name/ }), 'Enter a name: who is this?')
    expect(saves(kith)).toEqual([])
  })

  it('saves a past first meeting and the new company through people:update', async () => {
    const kith = fakeKith({ 'people:update': (input) => person('p-dana', 'Dana Reyes', (input as { patch: object }).patch) })
    renderWithKith(<PersonEditForm person={person('p-dana', 'Dana Reyes')} />, kith)
    fireEvent.change(byLabel('Met on'), { target: { value: '2026-10-20' } })
    fireEvent.change(byLabel('Company'), { target: { value: 'Reyes Landscaping' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Dana Reyes was saved.')).toBeTruthy()
    expect(kith.callsTo('people:update')).toEqual([
      { id: 'p-dana', patch: expect.objectContaining({ name: 'Dana Reyes', company: 'Reyes Landscaping', metOn: '2026-10-20' }) },
    ])
  })
})

describe('editing an event', () => {
  it('refuses an end before the start at the "Ends" field and saves nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<EventEditForm event={event('ev-1', 'Chamber mixer')} />, kith)
    fireEvent.change(byLabel(/Starts/), { target: { value: '2026-12-07T18:00' } })
    fireEvent.change(byLabel('Ends'), { target: { value: '2026-12-07T17:00' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expectFieldError(byLabel('Ends'), 'The end must not be before the start')
    expect(saves(kith)).toEqual([])
  })

  it('refuses an empty title at the field', async () => {
    const kith = fakeKith()
    renderWithKith(<EventEditForm event={event('ev-1', 'Chamber mixer')} />, kith)
    await userEvent.clear(screen.getByRole('textbox', { name: /Title/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expectFieldError(screen.getByRole('textbox', { name: /Title/ }), 'Give the event a title, e.g. "Chamber mixer"')
    expect(saves(kith)).toEqual([])
  })
})

describe('logging a conversation', () => {
  it('asks for the people and the summary at their fields and logs nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<ConversationForm />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Log conversation' }))

    expect(await screen.findByText('Pick at least one person you talked with')).toBeTruthy()
    expectFieldError(screen.getByRole('textbox', { name: /What we talked about/ }), 'One line on what you talked about')
    expect(saves(kith)).toEqual([])
  })

  it('refuses a conversation dated in the future', async () => {
    const kith = fakeKith()
    renderWithKith(<ConversationForm personIds={['p-dana']} />, kith)
    fireEvent.change(byLabel(/Date/), { target: { value: dayFromToday(2) } })
    fireEvent.change(screen.getByRole('textbox', { name: /What we talked about/ }), { target: { value: 'Coffee' } })
    await userEvent.click(screen.getByRole('button', { name: 'Log conversation' }))

    expectFieldError(byLabel(/Date/), 'Log conversations that already happened: pick today or an earlier day')
    expect(saves(kith)).toEqual([])
  })

  it('logs a coffee with the person it was opened for', async () => {
    const kith = fakeKith({ 'interactions:create': (input) => ({ id: 'i-1', ...(input as object) }) })
    renderWithKith(<ConversationForm personIds={['p-dana']} />, kith)
    fireEvent.change(screen.getByRole('textbox', { name: /What we talked about/ }), { target: { value: 'Coffee about her Ohio expansion' } })
    await userEvent.click(screen.getByRole('button', { name: 'Log conversation' }))

    expect(await screen.findByText('Coffee logged.')).toBeTruthy()
    expect(kith.callsTo('interactions:create')).toEqual([
      expect.objectContaining({ personIds: ['p-dana'], kind: 'coffee', summary: 'Coffee about her Ohio expansion' }),
    ])
  })
})

describe('recording a referral', () => {
  it('asks what it is about and who it is with, at the fields, and records nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<ReferralForm />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Record referral' }))

    expectFieldError(screen.getByRole('textbox', { name: /About/ }), 'What is the referral about? e.g. "office lease for a dental practice"')
    expect(await screen.findByText('Pick a person, or type the name of someone outside your journal')).toBeTruthy()
    expect(saves(kith)).toEqual([])
  })

  it('records a referral received from someone outside the journal by name', async () => {
    const kith = fakeKith({ 'referrals:create': (input) => ({ id: 'r-1', ...(input as object) }) })
    renderWithKith(<ReferralForm direction="received" />, kith)
    fireEvent.change(byLabel('…or someone outside your journal'), { target: { value: 'Pat Lee' } })
    fireEvent.change(screen.getByRole('textbox', { name: /About/ }), { target: { value: 'A bakery needing a bookkeeper' } })
    await userEvent.click(screen.getByRole('button', { name: 'Record referral' }))

    expect(await screen.findByText('Referral received recorded.')).toBeTruthy()
    expect(kith.callsTo('referrals:create')).toEqual([
      expect.objectContaining({ direction: 'received', fromName: 'Pat Lee', about: 'A bakery needing a bookkeeper', status: 'introduced' }),
    ])
  })
})
