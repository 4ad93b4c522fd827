import { localDay } from '../../../../shared/derive/localDay'

/** Today as YYYY-MM-DD in the user's own time zone (what a date field shows). */
export const todayLocal = (now = new Date()): string => localDay(now)

/** A day picked in a date field as an instant: now if it is today, else noon that day (local). */
export function dayToIso(day: string, now = new Date()): string {
  return day === todayLocal(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString()
}

export const isFutureDay = (day: string, now = new Date()) => day > todayLocal(now)

export const blankToUndefined = (value: string) => (value.trim() ? value.trim() : undefined)
