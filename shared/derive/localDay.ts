/**
 * Days as the person using Kith lives them: in the zone of the machine (the renderer's and the
 * main process's are the same on a desktop). One place, so "met on", "today" and "in 3 days"
 * mean the same day on every page and in every handler.
 */
const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-12-07": the local day of an instant. */
export function localDay(instant: Date | string = new Date()): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Noon of a local day: an instant that stays on that day in any nearby zone. */
export function localNoon(day: string): Date {
  return new Date(`${day}T12:00:00`)
}

/** The hour a follow-up planned "in N days" reminds you: the start of a working morning. */
export const MORNING_HOUR = 9

/** N days after `from` at 9:00 local time: "follow up in 3 days" means that morning, not the same minute. */
export function morningAfter(from: Date | string, days: number): Date {
  const due = new Date(from)
  due.setDate(due.getDate() + days)
  due.setHours(MORNING_HOUR, 0, 0, 0)
  return due
}
