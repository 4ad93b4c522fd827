import type { LaneMarker } from '../../../../../shared/derive/timeline'
import { formatDate } from '../../../lib/format'
import { STAGE_LABELS } from '../stages'

/** "Met, Followed up and One-to-one": the stages a cluster holds, each once, in the order they happened. */
export function clusterStages(markers: readonly LaneMarker[]): string {
  const names = [...new Set(markers.map((m) => STAGE_LABELS[m.stage]))]
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
}

/** "4 Mar 2026" or "4 Mar 2026 to 9 Mar 2026". */
export function clusterDates(markers: readonly LaneMarker[]): string {
  const first = formatDate(markers[0]?.at)
  const last = formatDate(markers.at(-1)?.at)
  return first === last ? first : `${first} to ${last}`
}

/** The cluster's name: whose lane, how many markers, which stages, when (it ends with the date, as a marker's does). */
export const clusterLabel = (name: string, markers: readonly LaneMarker[]) =>
  `${name}: ${markers.length} markers, ${clusterStages(markers)}, ${clusterDates(markers)}`

export const clusterTip = (markers: readonly LaneMarker[]) => `${markers.length} markers: ${clusterStages(markers)} · ${clusterDates(markers)}`
