import type { Lane } from '../../../../../shared/derive/timeline'

/** The stretch of time the chart shows, as epoch milliseconds. */
export type Span = { from: number; to: number }
export type Preset = 'month' | 'quarter' | 'year' | 'everything'

export const DAY = 86_400_000
/** Closest zoom: a week across the chart. */
export const MIN_SPAN = 7 * DAY
const PRESET_DAYS: Record<Exclude<Preset, 'everything'>, number> = { month: 30, quarter: 91, year: 365 }

/** A little room each side, so markers at the first meeting and today are drawn whole. */
function withMargin(from: number, to: number): Span {
  const margin = Math.max(DAY / 2, (to - from) * 0.03)
  return { from: from - margin, to: to + margin }
}

/** The earliest thing on any of the lanes: a first meeting, or a referral recorded before it. */
export function firstActivity(lanes: readonly Lane[]): number | undefined {
  let first = Infinity
  for (const lane of lanes) {
    const start = Date.parse(lane.start)
    if (start < first) first = start
    const marker = lane.markers[0]
    if (marker) {
      const at = Date.parse(marker.at)
      if (at < first) first = at
    }
  }
  return Number.isFinite(first) ? first : undefined
}

/**
 * The lanes' first marker to today, never less than a week. `earliest`: the whole timeline's first
 * meeting, while only its first lanes have arrived, so the axis does not jump when the rest does.
 */
export function fittedSpan(lanes: readonly Lane[], today: number, earliest?: number): Span {
  const first = Math.min(firstActivity(lanes) ?? today, earliest ?? today)
  return withMargin(Math.min(first, today - MIN_SPAN), today)
}

/** The last month, quarter or year up to today; or everything the journal holds. */
export function presetSpan(preset: Preset, allLanes: readonly Lane[], today: number, earliest?: number): Span {
  if (preset === 'everything') return fittedSpan(allLanes, today, earliest)
  return withMargin(today - PRESET_DAYS[preset] * DAY, today)
}

/** Within `bounds` (everything the journal holds) and no closer than a week. */
export function clampSpan(span: Span, bounds: Span): Span {
  const width = Math.min(Math.max(span.to - span.from, MIN_SPAN), Math.max(MIN_SPAN, bounds.to - bounds.from))
  let from = span.from
  if (from + width > bounds.to) from = bounds.to - width
  if (from < bounds.from) from = bounds.from
  return { from, to: from + width }
}

/** Zoomed by `factor` (below 1 is closer) about the point `anchor` of the way across (0 to 1). */
export function zoomSpan(span: Span, factor: number, anchor: number, bounds: Span): Span {
  const width = span.to - span.from
  const at = span.from + width * anchor
  const next = Math.min(Math.max(width * factor, MIN_SPAN), bounds.to - bounds.from)
  return clampSpan({ from: at - next * anchor, to: at - next * anchor + next }, bounds)
}

/** Moved later by `by` milliseconds (earlier when negative). */
export function panSpan(span: Span, by: number, bounds: Span): Span {
  return clampSpan({ from: span.from + by, to: span.to + by }, bounds)
}

/** Which preset a span is, if it is one: the buttons show it pressed. */
export function presetOf(span: Span, allLanes: readonly Lane[], today: number, earliest?: number): Preset | undefined {
  for (const preset of ['month', 'quarter', 'year', 'everything'] as const) {
    const p = presetSpan(preset, allLanes, today, earliest)
    if (Math.abs(p.from - span.from) < DAY / 4 && Math.abs(p.to - span.to) < DAY / 4) return preset
  }
  return undefined
}
