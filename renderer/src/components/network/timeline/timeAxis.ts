import { scaleTime, type ScaleTime } from 'd3-scale'
import { timeDay, timeMonth, timeYear } from 'd3-time'
import type { Span } from './timeSpan'

/** Room at each end of the chart, so a marker at the span's edge is drawn whole (see markerClusters' SLOT). */
export const EDGE = 10
/** About this many pixels between ticks. */
const TICK_SPACING = 120

export type TimeScale = ScaleTime<number, number>
export type Tick = { at: number; x: number; label: string }

export function chartScale(span: Span, width: number): TimeScale {
  return scaleTime()
    .domain([new Date(span.from), new Date(span.to)])
    .range([EDGE, Math.max(EDGE + 1, width - EDGE)])
}

type Formats = { year: Intl.DateTimeFormat; month: Intl.DateTimeFormat; monthYear: Intl.DateTimeFormat; day: Intl.DateTimeFormat; hour: Intl.DateTimeFormat }
const formatsByLocale = new Map<string, Formats>()
function formatsFor(locale: string | undefined): Formats {
  const key = locale ?? ''
  let formats = formatsByLocale.get(key)
  if (!formats) {
    formats = {
      year: new Intl.DateTimeFormat(locale, { year: 'numeric' }),
      month: new Intl.DateTimeFormat(locale, { month: 'short' }),
      monthYear: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }),
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      hour: new Intl.DateTimeFormat(locale, { hour: 'numeric' }),
    }
    formatsByLocale.set(key, formats)
  }
  return formats
}

/**
 * Each tick named by the coarsest calendar boundary it falls on (a year, a month, a day), in the
 * user's locale; the first tick of a month axis also says the year, so the axis is never yearless.
 */
export function tickLabel(at: Date, first: boolean, locale?: string): string {
  const f = formatsFor(locale)
  if (timeYear.floor(at).getTime() === at.getTime()) return f.year.format(at)
  if (timeMonth.floor(at).getTime() === at.getTime()) return first ? f.monthYear.format(at) : f.month.format(at)
  if (timeDay.floor(at).getTime() === at.getTime()) return f.day.format(at)
  return f.hour.format(at)
}

/** Ticks d3 chooses for the width (local calendar boundaries), labelled in the user's locale. */
export function axisTicks(scale: TimeScale, width: number, locale?: string): Tick[] {
  const count = Math.max(2, Math.floor(width / TICK_SPACING))
  return scale.ticks(count).map((at, i) => ({ at: at.getTime(), x: scale(at), label: tickLabel(at, i === 0, locale) }))
}
