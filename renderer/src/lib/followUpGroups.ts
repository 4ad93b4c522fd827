/** The list page's grouping comes from shared/derive so the tray, the scheduler and the page agree on "due". */
export { FOLLOW_UP_GROUPS, effectiveDue, groupFollowUps, snoozeChoices, type FollowUpGroup } from '../../../shared/derive/followUps'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/** Whole local calendar days from `from` to `to` (negative when `to` is earlier). */
function calendarDays(from: Date, to: Date): number {
  const a = new Date(from.getFullYear(), from.getMonth(), from.getDate())
  const b = new Date(to.getFullYear(), to.getMonth(), to.getDate())
  return Math.round((b.getTime() - a.getTime()) / DAY)
}

/**
 * How far a due time is from now, as people say it: "in 3 days", "2 days overdue",
 * "in 20 minutes", "due now". Beyond a day it counts calendar days, so something due
 * tomorrow morning reads "tomorrow" even when it is only 10 hours away.
 */
export function relativeDue(dueIso: string, now: Date): string {
  const due = new Date(dueIso)
  const diff = due.getTime() - now.getTime()
  const ahead = diff >= 0
  const span = Math.abs(diff)
  if (span < MINUTE) return 'due now'
  const days = calendarDays(now, due)
  if (ahead && days === 1) return 'tomorrow'
  let text: string
  if (span < HOUR) text = plural(Math.floor(span / MINUTE), 'minute')
  else if (days === 0 || (!ahead && span < DAY)) text = plural(Math.floor(span / HOUR), 'hour')
  else text = plural(Math.abs(days), 'day')
  return ahead ? `in ${text}` : `${text} overdue`
}
