import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CaptureProposal } from '../../../shared/capture/parseCapture'
import { CaptureNoteForm } from '../../../renderer/src/components/network/CaptureNoteForm'
import { fakeKith, renderWithKith } from '../fakeKith'

const NOTE = "Met Dana Reyes and Grace Liu at the chamber mixer; she's looking for a bookkeeper; follow up Tuesday"
const proposal: CaptureProposal = {
  people: [
    { name: 'Dana Reyes', role: 'CPA', company: 'Reyes & Co', candidates: [] },
    {
      name: 'Grace Liu',
      candidates: [
        { id: 'grace-acme', name: 'Grace Liu', company: 'Acme' },
        { id: 'grace-beta', name: 'Grace Liu', company: 'Beta Labs' },
      ],
    },
  ],
  event: { id: 'ev-chamber', title: 'Chamber mixer', startsAt: '2026-11-26T23:00:00.000Z' },
  conversation: { date: '2026-11-26T23:00:00.000Z', kind: 'met', summary: NOTE },
  learned: ['Looking for a bookkeeper'],
  followUp: { dueAt: '2026-12-01T15:00:00.000Z', note: 'Follow up', dateGuessed: false },
}

function setup() {
  const kith = fakeKith({ 'capture:parse': () => proposal, 'capture:apply': () => ({ people: [] }) })
  renderWithKith(<CaptureNoteForm />, kith)
  fireEvent.change(screen.getByRole('textbox', { name: /What happened/ }), { target: { value: NOTE } })
  return kith
}

describe('capturing a note as you would say it', () => {
  it('shows what it read, each item a checkbox, namesakes to pick from, and saves nothing on its own', async () => {
    const kith = setup()
    expect(await screen.findByRole('checkbox', { name: /Dana Reyes · CPA at Reyes & Co · new person/ })).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: /Learned: Looking for a bookkeeper/ })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Which Grace Liu?' })).toBeTruthy()
    expect(kith.callsTo('capture:parse')).toEqual([{ text: NOTE, locale: navigator.language }])
    expect(kith.callsTo('capture:apply')).toEqual([])
  })

  it('Ctrl+Enter saves only what is ticked, with the namesake the person picked', async () => {
    const kith = setup()
    await userEvent.click(await screen.findByRole('checkbox', { name: /Learned: Looking for a bookkeeper/ }))
    await userEvent.click(screen.getByRole('combobox', { name: 'Which Grace Liu?' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Grace Liu, Beta Labs' }))
    fireEvent.keyDown(screen.getByRole('textbox', { name: /What happened/ }), { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(kith.callsTo('capture:apply')).toHaveLength(1))
    expect(kith.callsTo('capture:apply')[0]).toEqual({
      eventId: 'ev-chamber',
      people: [
        { name: 'Dana Reyes', role: 'CPA', company: 'Reyes & Co' },
        { id: 'grace-beta', name: 'Grace Liu' },
      ],
      conversation: proposal.conversation,
      learned: [],
      followUp: { dueAt: '2026-12-01T15:00:00.000Z', note: 'Follow up' },
    })
    expect(await screen.findByText('Saved 2 people, a conversation and a follow-up.')).toBeTruthy()
  })

  it('teaches what to type when the note names nobody', async () => {
    const kith = fakeKith({ 'capture:parse': () => ({ people: [], learned: [] }) })
    renderWithKith(<CaptureNoteForm />, kith)
    fireEvent.change(screen.getByRole('textbox', { name: /What happened/ }), { target: { value: 'great turnout tonight' } })
    expect((await screen.findByRole('status')).textContent).toMatch(/No one named yet/)
    fireEvent.keyDown(screen.getByRole('textbox', { name: /What happened/ }), { key: 'Enter', ctrlKey: true })
    expect(await screen.findByText(/Nothing to save yet/)).toBeTruthy()
  })
})
