import { describe, expect, it } from 'vitest'
import { fixedOffset, type UtcOffset } from '../../../shared/derive/followUps'
import { DEFAULT_SETTINGS } from '../../../shared/domain'
import { latestWeeklyReview, nextWeeklyReview, quietHoursEnd, weeklyReviewDue } from '../../../electron/main/journal/reminders/reminderTimes'

const utc = fixedOffset(0)
const iso = (d: Date | undefined) => d?.toISOString()

describe('quiet hours', () => {
  const night = { enabled: true, start: '21:00', end: '08:00' }
  it('span midnight: quiet in the evening and the early morning, ending at 08:00', () => {
    expect(iso(quietHoursEnd(new Date('2026-11-30T20:59:00Z'), night, utc))).toBeUndefined()
    expect(iso(quietHoursEnd(new Date('2026-11-30T21:00:00Z'), night, utc))).toBe('2026-12-01T08:00:00.000Z')
    expect(iso(quietHoursEnd(new Date('2026-12-01T03:00:00Z'), night, utc))).toBe('2026-12-01T08:00:00.000Z')
    expect(iso(quietHoursEnd(new Date('2026-12-01T08:00:00Z'), night, utc))).toBeUndefined()
  })
  it('switched off, or zero-length, hold nothing', () => {
    expect(quietHoursEnd(new Date('2026-11-30T23:00:00Z'), { ...night, enabled: false }, utc)).toBeUndefined()
    expect(quietHoursEnd(new Date('2026-11-30T23:00:00Z'), { enabled: true, start: '08:00', end: '08:00' }, utc)).toBeUndefined()
  })
  it('end at local 08:00 on the morning the clocks go back', () => {
    // UTC+1 until 2026-10-25T01:00Z, then UTC+0 (London-like).
    const london: UtcOffset = (d) => (d.getTime() < Date.parse('2026-10-25T01:00:00Z') ? 60 : 0)
    expect(iso(quietHoursEnd(new Date('2026-10-24T22:00:00Z'), night, london))).toBe('2026-10-25T08:00:00.000Z')
  })
})

describe('the weekly review time', () => {
  const friday4pm = { enabled: true, weekday: 5, time: '16:00' }
  it('finds the latest and the next occurrence', () => {
    expect(iso(latestWeeklyReview(new Date('2026-12-04T16:00:00Z'), friday4pm, utc))).toBe('2026-12-04T16:00:00.000Z')
    expect(iso(latestWeeklyReview(new Date('2026-12-04T15:59:00Z'), friday4pm, utc))).toBe('2026-11-27T16:00:00.000Z')
    expect(iso(nextWeeklyReview(new Date('2026-12-04T16:00:00Z'), friday4pm, utc))).toBe('2026-12-11T16:00:00.000Z')
  })
  it('is due once: not after it was reminded, not when switched off', () => {
    const settings = { ...DEFAULT_SETTINGS, weeklyReview: friday4pm }
    const at = new Date('2026-12-04T17:00:00Z')
    expect(iso(weeklyReviewDue(at, settings, utc))).toBe('2026-12-04T16:00:00.000Z')
    expect(weeklyReviewDue(at, { ...settings, weeklyReviewRemindedAt: '2026-12-04T16:00:10.000Z' }, utc)).toBeUndefined()
    expect(weeklyReviewDue(at, { ...settings, weeklyReview: { ...friday4pm, enabled: false } }, utc)).toBeUndefined()
  })
})
