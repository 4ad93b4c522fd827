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

/** [personId, name, company (-1 when none), tags, start, stage, goingCold, lastContact, markers as (stage, at, label) triples] */
export type PackedLane = [string, string, number, number[], string, number, 0 | 1, string, (number | string)[]]

/** `total`: how many lanes the whole model has (more than `lanes.length` when only the first were packed). */
export type PackedTimeline = { start: string; end: string; total: number; strings: string[]; lanes: PackedLane[] }

export function packTimeline(model: TimelineModel, firstLanes?: number): PackedTimeline {
  const strings: string[] = []
  const indexes = new Map<string, number>()
  const ref = (text: string) => {
    let index = indexes.get(text)
    if (index === undefined) indexes.set(text, (index = strings.push(text) - 1))
    return index
  }
  const lanes = (firstLanes === undefined ? model.lanes : model.lanes.slice(0, firstLanes)).map((lane): PackedLane => {
    const markers: (number | string)[] = []
    for (const marker of lane.markers) markers.push(ref(marker.stage), marker.at, ref(marker.label))
    return [lane.personId, lane.name, lane.company === undefined ? -1 : ref(lane.company), lane.tags.map(ref), lane.start, ref(lane.stage), lane.goingCold ? 1 : 0, lane.lastContact, markers]
  })
  return { start: model.start, end: model.end, total: model.lanes.length, strings, lanes }
}

export function unpackTimeline(packed: PackedTimeline): TimelineModel {
  const text = packed.strings
  const lanes = packed.lanes.map(([personId, name, company, tags, start, stage, goingCold, lastContact, packedMarkers]): Lane => {
    const markers: LaneMarker[] = []
    for (let i = 0; i < packedMarkers.length; i += 3) {
      markers.push({ stage: text[packedMarkers[i] as number] as LaneMarker['stage'], at: packedMarkers[i + 1] as string, label: text[packedMarkers[i + 2] as number]! })
    }
    const common = { tags: tags.map((tag) => text[tag]!), start, stage: text[stage] as Lane['stage'], goingCold: goingCold === 1, lastContact, markers }
    return company >= 0 ? { personId, name, company: text[company], ...common } : { personId, name, ...common }
  })
  return { lanes, start: packed.start, end: packed.end }
}
