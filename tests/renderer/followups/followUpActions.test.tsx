import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../shared/domain'
import { snoozeChoices } from '../../../shared/derive/followUps'
import { FollowUpItem } from '../../../renderer/src/components/followups/FollowUpItem'
import { fakeKith, renderWithKith } from '../fakeKith'
import { at, dana } from './helpers'

const followUp: FollowUp = {
  id: 'f-1',
  createdAt: at,
  updatedAt: at,
  personId: 'p-dana',
  dueAt: '2026-11-20T09:00:00.000Z',
  note: 'Send the Ohio article',
  status: 'pending',
}
const answer = (input: unknown) => ({ ...followUp, ...(input as object) })

function renderItem(kith = fakeKith({ 'followups:snooze': answer, 'followups:done': answer, 'followups:dismiss': answer })) {
  renderWithKith(<FollowUpItem followUp={followUp} people={new Map([[dana.id, dana]])} group="overdue" now={new Date('2026-11-22T10:00:00Z')} />, kith)
  return kith
}

describe('acting on a follow-up', { timeout: 30_000 }, () => {
  it('shows who, what and how late it is', () => {
    renderItem()
    const item = screen.getByRole('article', { name: 'Follow-up: Send the Ohio article' })
    expect(within(item).getByRole('link', { name: 'Dana Reyes' }).getAttribute('href')).toBe('/people/p-dana')
    expect(within(item).getByText('2 days overdue')).toBeTruthy()
  })

  it('snoozes until tomorrow morning with that exact time', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Snooze: Send the Ohio article' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Snooze until tomorrow morning' }))

    const tomorrowMorning = snoozeChoices(new Date(), 1).find((c) => c.key === 'tomorrow')!.until
    expect(kith.callsTo('followups:snooze')).toEqual([{ id: 'f-1', until: tomorrowMorning.toISOString() }])
    expect(await screen.findByText(/^Snoozed until/)).toBeTruthy()
  })

  it('refuses a chosen snooze time that is missing, and calls nothing', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Snooze: Send the Ohio article' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: /Pick a time/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Snooze until' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Snooze' }))
    expect(await within(dialog).findByText('Type or pick the day and time to be reminded again.')).toBeTruthy()
    expect(kith.calls).toEqual([])
  })

  it('snoozes until a time picked in the calendar', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Snooze: Send the Ohio article' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: /Pick a time/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Snooze until' })
    // Next month's 15th at midnight, typed into the date-and-time field: certainly in the future.
    const next = new Date()
    next.setMonth(next.getMonth() + 1, 15)
    const pad = (n: number) => String(n).padStart(2, '0')
    fireEvent.change(within(dialog).getByLabelText(/Remind me again on/), { target: { value: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-15T00:00` } })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Snooze' }))

    const expected = new Date(next.getFullYear(), next.getMonth(), 15, 0, 0, 0)
    await screen.findByText(/^Snoozed until/)
    expect(kith.callsTo('followups:snooze')).toEqual([{ id: 'f-1', until: expected.toISOString() }])
  })

  it('marks it done and logs the conversation in the same call', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Done: Send the Ohio article' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: /log the conversation/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Log the conversation' })
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'What was it?' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Coffee' }))
    const summary = within(dialog).getByRole('textbox', { name: 'What you talked about' })
    await userEvent.clear(summary)
    await userEvent.type(summary, 'Coffee at Lola; she wants the Ohio intro')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark done and log it' }))

    expect(await screen.findByText('Done, and the conversation is logged.')).toBeTruthy()
    expect(kith.callsTo('followups:done')).toEqual([{ id: 'f-1', logInteraction: { kind: 'coffee', summary: 'Coffee at Lola; she wants the Ohio intro' } }])
  })

  it('marks it done without logging anything', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Done: Send the Ohio article' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mark done' }))
    expect(await screen.findByText('Follow-up done.')).toBeTruthy()
    expect(kith.callsTo('followups:done')).toEqual([{ id: 'f-1' }])
  })

  it('dismisses it', async () => {
    const kith = renderItem()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss: Send the Ohio article' }))
    expect(await screen.findByText('Follow-up dismissed.')).toBeTruthy()
    expect(kith.callsTo('followups:dismiss')).toEqual([{ id: 'f-1' }])
  })
})
