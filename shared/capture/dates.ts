import * as chrono from 'chrono-node'
import { MORNING_HOUR } from '../derive/localDay'

/**
 * Dates as people say them ("Tuesday", "next Friday at 3pm", "in two weeks", "yesterday"),
 * read by chrono-node in the machine's time zone, relative to `now`. English as written in the
 * US (month first) or, for locales that write the day first, as in Britain.
 */
export type SaidDate = { at: Date; text: string; index: number; timeSaid: boolean }

const DAY_FIRST = /^en-(?:GB|IE|AU|NZ|IN|ZA)\b/i

export function datesSaid(text: string, now: Date, options: { locale?: string; forward: boolean }): SaidDate[] {
  const reader = options.locale && DAY_FIRST.test(options.locale) ? chrono.en.GB : chrono.en.casual
  return reader.parse(text, now, { forwardDate: options.forward }).map((result) => ({
    at: result.start.date(),
    text: result.text,
    index: result.index,
    timeSaid: result.start.isCertain('hour'),
  }))
}

/** "this afternoon", "tomorrow evening": chrono's hour for that part of the day is kept. */
const PART_OF_DAY = /\b(?:afternoon|evening|tonight|night|noon|midday)\b/i

/**
 * A day said without a time means that day at 9:00 local time, when reminders are welcome
 * ("tomorrow morning" too: chrono reads it as 6:00).
 */
export function atNineIfNoTime(said: SaidDate): Date {
  if (said.timeSaid || PART_OF_DAY.test(said.text)) return said.at
  const at = new Date(said.at)
  at.setHours(MORNING_HOUR, 0, 0, 0)
  return at
}
