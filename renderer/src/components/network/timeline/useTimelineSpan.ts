import { useMemo, useState } from 'react'
import type { Lane } from '../../../../../shared/derive/timeline'
import { clampSpan, fittedSpan, presetOf, presetSpan, type Preset, type Span } from './timeSpan'

/** The span the timeline shows and the ways to change it, shared by the chart, its toolbar and the overview. */
export type TimelineView = {
  span: Span
  /** Everything the journal holds: no pan or zoom goes past it. */
  bounds: Span
  today: number
  setSpan: (span: Span) => void
  fit: () => void
  showPreset: (preset: Preset) => void
  /** True while the span follows the lanes shown (the default, and after "Fit"). */
  fitted: boolean
  preset: Preset | undefined
}

/**
 * Fitted by default: the span follows the lanes shown (filters included) from their first marker
 * to today. A zoom, pan or preset holds a span of its own until "Fit" hands it back to the lanes.
 */
export function useTimelineSpan(lanes: readonly Lane[], allLanes: readonly Lane[], today: number, timelineStart?: string): TimelineView {
  const [chosen, setChosen] = useState<Span | null>(null)
  // The whole timeline's first meeting, known before all of its lanes have arrived.
  const earliest = timelineStart ? Date.parse(timelineStart) : undefined
  const bounds = useMemo(() => presetSpan('everything', allLanes, today, earliest), [allLanes, today, earliest])
  // Unfiltered lanes fit the whole timeline; filtered ones, only themselves.
  const fittedToLanes = useMemo(
    () => fittedSpan(lanes, today, lanes.length === allLanes.length ? earliest : undefined),
    [lanes, allLanes.length, today, earliest],
  )
  const span = chosen ? clampSpan(chosen, bounds) : clampSpan(fittedToLanes, bounds)
  return {
    span,
    bounds,
    today,
    setSpan: setChosen,
    fit: () => setChosen(null),
    showPreset: (preset) => setChosen(presetSpan(preset, allLanes, today, earliest)),
    fitted: chosen === null,
    preset: chosen ? presetOf(chosen, allLanes, today, earliest) : undefined,
  }
}
