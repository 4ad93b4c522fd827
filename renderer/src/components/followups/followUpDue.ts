/** The hour a follow-up planned "in N days" reminds you: the start of a working morning. */
export const MORNING_HOUR = 9

/** N days from now at 9:00 local time: "follow up in 3 days" means that morning, not the same minute. */
export function dueInDays(days: number, now: Date = new Date()): Date {
  const due = new Date(now)
  due.setDate(due.getDate() + days)
  due.setHours(MORNING_HOUR, 0, 0, 0)
  return due
}

export function validDays(value: number | string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365
}

export const DAYS_ERROR = 'Enter a whole number of days from 1 to 365'
