import type { Settings } from '../../../../shared/domain'
import { atLocalTime, clockMinutes, localFields, type UtcOffset } from '../../../../shared/derive/followUps'

const DAY = 86_400_000

/**
 * When quiet hours hold notifications back, the instant they end; otherwise undefined.
 * A window may span midnight (21:00–08:00); equal start and end mean no quiet hours.
 */
export function quietHoursEnd(at: Date, quiet: Settings['quietHours'], offset: UtcOffset): Date | undefined {
  if (!quiet.enabled) return undefined
  const start = clockMinutes(quiet.start)
  const end = clockMinutes(quiet.end)
  if (start === end) return undefined
  const f = localFields(at, offset)
  const m = f.minutes
  const quietNow = start < end ? m >= start && m < end : m >= start || m < end
  if (!quietNow) return undefined
  // Ends later today, unless the window spans midnight and we are in its evening part.
  const endsTomorrow = start > end && m >= start
  return atLocalTime(f.year, f.month, f.day + (endsTomorrow ? 1 : 0), end, offset)
}

/** The most recent weekly-review time at or before `at` (local weekday and time). */
export function latestWeeklyReview(at: Date, review: Settings['weeklyReview'], offset: UtcOffset): Date {
  const f = localFields(at, offset)
  const daysBack = (f.weekday - review.weekday + 7) % 7
  const candidate = atLocalTime(f.year, f.month, f.day - daysBack, clockMinutes(review.time), offset)
  return candidate.getTime() <= at.getTime() ? candidate : atLocalTime(f.year, f.month, f.day - daysBack - 7, clockMinutes(review.time), offset)
}

export function nextWeeklyReview(at: Date, review: Settings['weeklyReview'], offset: UtcOffset): Date {
  const latest = latestWeeklyReview(at, review, offset)
  const f = localFields(latest, offset)
  return atLocalTime(f.year, f.month, f.day + 7, clockMinutes(review.time), offset)
}

/** A weekly reminder missed by more than this (Kith was not running) is skipped, not shown days late. */
export const WEEKLY_REVIEW_GRACE_MS = DAY

/**
 * The weekly review occurrence that should notify now, if any: enabled, reached,
 * not already reminded, and not so long ago that a reminder would be stale.
 */
export function weeklyReviewDue(at: Date, settings: Settings, offset: UtcOffset): Date | undefined {
  if (!settings.weeklyReview.enabled) return undefined
  const occurrence = latestWeeklyReview(at, settings.weeklyReview, offset)
  const reminded = settings.weeklyReviewRemindedAt ? Date.parse(settings.weeklyReviewRemindedAt) : -Infinity
  if (reminded >= occurrence.getTime()) return undefined
  if (at.getTime() - occurrence.getTime() > WEEKLY_REVIEW_GRACE_MS) return undefined
  return occurrence
}
