import type { Lane, LaneMarker, TimelineModel } from '../derive/timeline'

/**
 * The network timeline in a compact form for the trip to the renderer. At 5,000 lanes the
 * plain model is about 3 MB of JSON, mostly repeated keys, stage names and labels: writing,
 * sending and parsing it held up the timeline's first render. Here each lane is a tuple and
 * every repeated string (stage, label, tag, company) is an index into one table: 1.3 MB.
 * (Instants stay ISO strings: turning them into numbers and back cost more time than the
 * bytes it saved.) `unpackTimeline(packTimeline(model))` equals the model.
 *
 * `packTimeline(model, firstLanes)` packs only the first lanes (the first screenful, a few KB)
 * so the page can draw them while the whole model is still on its way. `start`, `end` and
 * `total` are always the whole model's: the time axis and the lane count do not jump when the
 * rest arrives.
 */

/**
 * [personId, name, company (-1 when none), tags, start, stage, goingCold, lastContact, markers as (stage, at, label) triples,
 *  event met at (-1 when none), next follow-up ('' when none)]
 */
export type PackedLane = [string, string, number, number[], string, number, 0 | 1, string, (number | string)[], number, string]

/** `total`: how many lanes the whole model has (more than `lanes.length` when only the first were packed). */
export type PackedTimeline = { start: string; end: string; total: number; strings: string[]; lanes: PackedLane[] }

export function packTimeline(model: TimelineModel, firstLanes?: number): PackedTimeline {
  const table = new StringTable()
  const lanes = (firstLanes === undefined ? model.lanes : model.lanes.slice(0, firstLanes)).map((lane) => packLane(lane, table))
  return { start: model.start, end: model.end, total: model.lanes.length, strings: table.strings, lanes }
}

/** Repeated strings as indexes into one list. */
class StringTable {
  readonly strings: string[] = []
  private readonly indexes = new Map<string, number>()

  ref(text: string): number {
    let index = this.indexes.get(text)
    if (index === undefined) this.indexes.set(text, (index = this.strings.push(text) - 1))
    return index
  }
}

function packLane(lane: Lane, table: StringTable): PackedLane {
  const markers: (number | string)[] = []
  for (const marker of lane.markers) markers.push(table.ref(marker.stage), marker.at, table.ref(marker.label))
  const event = lane.metAtEventId === undefined ? -1 : table.ref(lane.metAtEventId)
  return [
    lane.personId,
    lane.name,
    lane.company === undefined ? -1 : table.ref(lane.company),
    lane.tags.map((tag) => table.ref(tag)),
    lane.start,
    table.ref(lane.stage),
    lane.goingCold ? 1 : 0,
    lane.lastContact,
    markers,
    event,
    lane.nextFollowUp ?? '',
  ]
}

/** Past this many strings the table starts afresh, so edits over a long session cannot grow it without end. */
const MAX_KEPT_STRINGS = 100_000

/**
 * Packs the whole timeline again after every change, re-using what did not change: each lane
 * object (the derivations keep a lane for as long as its relationship is unchanged) is packed
 * once, against a string table that only grows. After one change that is one lane, not 5,000.
 */
export class TimelinePacker {
  private table = new StringTable()
  private packed = new WeakMap<Lane, PackedLane>()

  pack(model: TimelineModel): PackedTimeline {
    if (this.table.strings.length > MAX_KEPT_STRINGS) {
      this.table = new StringTable()
      this.packed = new WeakMap()
    }
    const lanes = model.lanes.map((lane) => {
      let packed = this.packed.get(lane)
      if (!packed) this.packed.set(lane, (packed = packLane(lane, this.table)))
      return packed
    })
    // A copy: the table grows with later packs, and this answer must not.
    return { start: model.start, end: model.end, total: model.lanes.length, strings: this.table.strings.slice(), lanes }
  }
}

export function unpackTimeline(packed: PackedTimeline): TimelineModel {
  const text = packed.strings
  const lanes = packed.lanes.map(([personId, name, company, tags, start, stage, goingCold, lastContact, packedMarkers, event, nextFollowUp]): Lane => {
    const markers: LaneMarker[] = []
    for (let i = 0; i < packedMarkers.length; i += 3) {
      markers.push({
        stage: text[packedMarkers[i] as number] as LaneMarker['stage'],
        at: packedMarkers[i + 1] as string,
        label: text[packedMarkers[i + 2] as number]!,
      })
    }
    const common = { tags: tags.map((tag) => text[tag]!), start, stage: text[stage] as Lane['stage'], goingCold: goingCold === 1, lastContact, markers }
    const lane: Lane = company >= 0 ? { personId, name, company: text[company], ...common } : { personId, name, ...common }
    if (event >= 0) lane.metAtEventId = text[event]
    if (nextFollowUp) lane.nextFollowUp = nextFollowUp
    return lane
  })
  return { lanes, start: packed.start, end: packed.end }
}
