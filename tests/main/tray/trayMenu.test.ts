import { describe, expect, it, vi } from 'vitest'
import { fixedOffset } from '../../../shared/derive/followUps'
import { trayMenuTemplate, trayState, trayTooltip, type TrayActions } from '../../../electron/main/tray/trayMenu'
import { followUp, journalWithFollowUps, person } from '../reminders/fakeTime'

// No Electron here: the menu is plain data built by a pure function.
const now = new Date('2026-11-30T12:00:00.000Z') // a Monday
const actions: TrayActions = {
  openPerson: vi.fn(),
  openFollowUps: vi.fn(),
  snooze: vi.fn(),
  done: vi.fn(),
  quickAdd: vi.fn(),
  startWeeklyReview: vi.fn(),
  openKith: vi.fn(),
  quit: vi.fn(),
}
const labelOf = (item: ReturnType<typeof trayMenuTemplate>[number]) => ('label' in item ? item.label : '---')

describe('the tray menu, built without Electron', () => {
  it('lists the next five, due ones first, with short when-labels', () => {
    const journal = journalWithFollowUps(
      [
        followUp('wed', '2026-12-02T09:30:00.000Z'),
        followUp('late', '2026-11-20T09:00:00.000Z'),
        followUp('later', '2026-12-24T09:00:00.000Z'),
        followUp('today', '2026-11-30T15:00:00.000Z'),
        followUp('snoozed', '2026-11-29T09:00:00.000Z', { snoozedUntil: '2026-12-01T08:00:00.000Z' }),
        followUp('sixth', '2027-01-05T09:00:00.000Z'),
      ],
      [person('dana', 'Dana Reyes')],
    )
    const state = trayState(journal, now)
    expect(trayTooltip(state)).toBe('Kith: 1 follow-up due')
    expect(trayMenuTemplate(state, actions, now, fixedOffset(0), 1).slice(0, 6).map(labelOf)).toEqual([
      '1 follow-up due',
      'Dana Reyes (due): Note late',
      'Dana Reyes (today 15:00): Note today',
      'Dana Reyes (tomorrow 08:00): Note snoozed',
      'Dana Reyes (Wed 09:30): Note wed',
      'Dana Reyes (24 Dec): Note later',
    ])
  })

  it('keeps a long or multi-line note to one short line', () => {
    const journal = journalWithFollowUps([followUp('f', '2026-11-29T09:00:00.000Z', { note: `Ask about\nthe Ohio expansion ${'and more '.repeat(20)}` })])
    const label = labelOf(trayMenuTemplate(trayState(journal, now), actions, now, fixedOffset(0), 1)[1]!)
    expect(label).toMatch(/^Dana Reyes \(due\): Ask about the Ohio expansion and more/)
    expect(label.length).toBeLessThanOrEqual(60)
    expect(label.endsWith('…')).toBe(true)
  })
})
