import type { LaneMarker } from '../../../../../shared/derive/timeline'

/** Markers are drawn 14 px wide and clusters 18 px: items this far apart never touch. */
export const SLOT = 18

export type DrawnItem = { kind: 'marker'; marker: LaneMarker; x: number } | { kind: 'cluster'; markers: LaneMarker[]; x: number }

/**
 * What one lane draws at the current scale: its markers wholly inside the chart, where markers closer
 * than a slot to the first of a run merge into one cluster drawn at that first marker's place.
 * Every item starts at least a slot after the one before, so nothing hides anything, and a lane
 * draws at most width / SLOT items however many markers it has.
 */
export function drawnItems(markers: readonly LaneMarker[], x: (ms: number) => number, width: number): DrawnItem[] {
  const items: DrawnItem[] = []
  let run: LaneMarker[] = []
  let runX = 0
  const close = () => {
    if (run.length === 1) items.push({ kind: 'marker', marker: run[0]!, x: runX })
    else if (run.length > 1) items.push({ kind: 'cluster', markers: run, x: runX })
    run = []
  }
  for (const marker of markers) {
    const at = x(Date.parse(marker.at))
    // Drawn whole or not at all: the chart keeps a slot's half free at each end for the span's edges.
    if (at < SLOT / 2 || at > width - SLOT / 2) continue
    if (run.length > 0 && at - runX < SLOT) {
      run.push(marker)
      continue
    }
    close()
    run = [marker]
    runX = at
  }
  close()
  return items
}
