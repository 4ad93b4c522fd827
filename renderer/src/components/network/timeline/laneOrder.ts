import { STAGES, type Stage } from '../../../../../shared/derive/relationships'
import type { Lane } from '../../../../../shared/derive/timeline'

export type LaneSort = 'first-met' | 'recent' | 'stage' | 'cold'
export type LaneGrouping = 'none' | 'event' | 'company'

export const SORT_OPTIONS: { value: LaneSort; label: string }[] = [
  { value: 'first-met', label: 'Newest first meeting' },
  { value: 'recent', label: 'Most recent contact' },
  { value: 'stage', label: 'Furthest stage' },
  { value: 'cold', label: 'Longest without contact' },
]
export const GROUP_OPTIONS: { value: LaneGrouping; label: string }[] = [
  { value: 'none', label: 'No groups' },
  { value: 'event', label: 'Event met at' },
  { value: 'company', label: 'Company' },
]

/** A row of the lane list: a group's header, or a lane with its place among the lanes. */
export type LaneListRow = { kind: 'group'; key: string; label: string; count: number } | { kind: 'lane'; lane: Lane; laneIndex: number }

const STAGE_AT = Object.fromEntries(STAGES.map((stage, i) => [stage, i])) as Record<Stage, number>
const byName = new Intl.Collator()
// ISO instants in Kith's own form compare as text; ties fall back to the name so the order is stable.
const later = (a: string, b: string) => (a > b ? -1 : a < b ? 1 : 0)

const COMPARE: Record<Exclude<LaneSort, 'first-met'>, (a: Lane, b: Lane) => number> = {
  recent: (a, b) => later(a.lastContact, b.lastContact),
  stage: (a, b) => STAGE_AT[b.stage] - STAGE_AT[a.stage] || later(a.lastContact, b.lastContact),
  // Going cold first, the longest silence first; then everyone else, the longest silence first too.
  cold: (a, b) => Number(b.goingCold) - Number(a.goingCold) || -later(a.lastContact, b.lastContact),
}

/** The lanes in the chosen order. The service already sends them newest first meeting first. */
export function sortLanes(lanes: readonly Lane[], sort: LaneSort): Lane[] {
  if (sort === 'first-met') return lanes.slice()
  const compare = COMPARE[sort]
  return lanes.slice().sort((a, b) => compare(a, b) || byName.compare(a.name, b.name))
}

/**
 * The sorted lanes under group headers. Groups come in the order of their first lane, so the
 * chosen sort decides which group is on top too; people with no event or company come last.
 */
export function laneRows(
  lanes: readonly Lane[],
  sort: LaneSort,
  grouping: LaneGrouping,
  eventTitles: ReadonlyMap<string, string>,
): { lanes: Lane[]; rows: LaneListRow[] } {
  const sorted = sortLanes(lanes, sort)
  if (grouping === 'none') return { lanes: sorted, rows: sorted.map((lane, laneIndex) => ({ kind: 'lane', lane, laneIndex })) }
  const keyOf = (lane: Lane) => (grouping === 'event' ? lane.metAtEventId : lane.company?.trim()) ?? ''
  const groups = new Map<string, Lane[]>()
  for (const lane of sorted) {
    const key = keyOf(lane)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(lane)
  }
  const none = grouping === 'event' ? 'Not met at an event' : 'No company'
  const labelOf = (key: string) => (!key ? none : grouping === 'event' ? (eventTitles.get(key) ?? 'An event') : key)
  const keys = [...groups.keys()].sort((a, b) => Number(a === '') - Number(b === ''))
  const ordered: Lane[] = []
  const rows: LaneListRow[] = []
  for (const key of keys) {
    const group = groups.get(key)!
    rows.push({ kind: 'group', key: `group:${key}`, label: labelOf(key), count: group.length })
    for (const lane of group) {
      rows.push({ kind: 'lane', lane, laneIndex: ordered.length })
      ordered.push(lane)
    }
  }
  return { lanes: ordered, rows }
}
