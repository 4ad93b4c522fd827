import type { ReviewStep } from '../../../../shared/domain'
import { REVIEW_STEP_TITLES } from '../../../../shared/derive/review/stepTitles'
import { weekStartsOnForLocale, type WeekOptions } from '../../../../shared/derive/review/calendar'

export { REVIEW_STEP_TITLES }

export const STEP_ORDER = Object.keys(REVIEW_STEP_TITLES) as ReviewStep[]

/** The user's own week: their zone, and the first weekday of their locale. */
export function userWeekOptions(): WeekOptions {
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekStartsOn: weekStartsOnForLocale(navigator.language) }
}

const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' })
const dayMonthYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
const utc = (date: string) => new Date(`${date}T00:00:00Z`)

/** "Nov 22 – Nov 28, 2026" for a week given by its first and last calendar dates. */
export function formatWeek(startDate: string, lastDate: string): string {
  return `${dayMonth.format(utc(startDate))} – ${dayMonthYear.format(utc(lastDate))}`
}

/** "Nov 22, 2026" for a calendar date. */
export function formatDay(date: string): string {
  return dayMonthYear.format(utc(date))
}

/** A local time a few days from now, at 9 in the morning: when a follow-up or a snooze should come back. */
export function daysFromNow(days: number, from = new Date()): string {
  const at = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, 9, 0, 0)
  return at.toISOString()
}
