import { morningAfter } from '../../../../shared/derive/localDay'

export { MORNING_HOUR } from '../../../../shared/derive/localDay'

/** N days from now at 9:00 local time: "follow up in 3 days" means that morning, not the same minute. */
export const dueInDays = (days: number, now: Date = new Date()): Date => morningAfter(now, days)

export function validDays(value: number | string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365
}

export const DAYS_ERROR = 'Enter a whole number of days from 1 to 365'
