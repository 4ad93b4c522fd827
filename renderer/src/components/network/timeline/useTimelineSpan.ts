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
export function useTimelineSpan(lanes: readonly Lane[], allLanes: readonly Lane[], today: number): TimelineView {
  const [chosen, setChosen] = useState<Span | null>(null)
  const bounds = useMemo(() => presetSpan('everything', allLanes, today), [allLanes, today])
  const fittedToLanes = useMemo(() => fittedSpan(lanes, today), [lanes, today])
  const span = chosen ? clampSpan(chosen, bounds) : clampSpan(fittedToLanes, bounds)
  return {
    span,
    bounds,
    today,
    setSpan: setChosen,
    fit: () => setChosen(null),
    showPreset: (preset) => setChosen(presetSpan(preset, allLanes, today)),
    fitted: chosen === null,
    preset: chosen ? presetOf(chosen, allLanes, today) : undefined,
  }
}
