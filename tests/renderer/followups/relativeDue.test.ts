import { describe, expect, it } from 'vitest'
import { relativeDue } from '../../../renderer/src/lib/followUpGroups'

// Local wall-clock times, so the calendar-day counting is checked in the machine's own zone.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString()
const now = new Date(2026, 10, 18, 10, 0)

describe('how far away a due time reads', () => {
  it.each([
    [at(18, 10, 0), 'due now'],
    [at(18, 10, 20), 'in 20 minutes'],
    [at(18, 15, 0), 'in 5 hours'],
    [at(19, 9, 0), 'tomorrow'],
    [at(21, 9, 0), 'in 3 days'],
    [at(18, 9, 30), '30 minutes overdue'],
    [at(17, 16, 0), '18 hours overdue'],
    [at(16, 9, 0), '2 days overdue'],
    [at(17, 10, 0), '1 day overdue'],
  ])('%s reads "%s"', (due, expected) => {
    expect(relativeDue(due, now)).toBe(expected)
  })
})
