import type { FollowUp, Journal, Referral } from '../domain'
import { effectiveDue, soonestPendingByPerson } from './followUps'
import {
  compareInstants,
  indexJournal,
  instantKey,
  relationships,
  STAGE_LABELS,
  type JournalIndex,
  type Milestone,
  type Relationship,
  type Stage,
} from './relationships'

export type LaneMarker = { stage: Stage; at: string; label: string }

/** One relationship as a lane from its first meeting to today. */
export type Lane = {
  personId: string
  name: string
  company?: string
  tags: string[]
  start: string
  stage: Stage
  goingCold: boolean
  lastContact: string
  markers: LaneMarker[]
  /** The event where they first met, for grouping lanes by event. */
  metAtEventId?: string
  /** When the soonest pending follow-up with them is due (a snooze moves it). */
  nextFollowUp?: string
}

export type TimelineFilter = {
  eventId?: string
  tag?: string
  stage?: Stage
  goingCold?: boolean
  includeArchived?: boolean
}

export type TimelineModel = { lanes: Lane[]; start: string; end: string }

const NONE: readonly never[] = []
/** A lane's markers by its milestones list, which is the same object for as long as the relationship's records are unchanged. */
const markerCache = new WeakMap<readonly Milestone[], { referrals: readonly Referral[]; markers: LaneMarker[] }>()

/** A marker at each stage reached, and at every referral either way (not just the first of each direction). */
function markersOf(milestones: readonly Milestone[], referrals: readonly Referral[]): LaneMarker[] {
  const cached = markerCache.get(milestones)
  if (cached && cached.referrals === referrals) return cached.markers
  const markers: LaneMarker[] = milestones.map((m) => ({ stage: m.stage, at: m.at, label: STAGE_LABELS[m.stage] }))
  for (const r of referrals) {
    const stage: Stage = r.direction === 'given' ? 'referral-given' : 'referral-received'
    if (!markers.some((m) => m.stage === stage && m.at === r.date)) markers.push({ stage, at: r.date, label: `${STAGE_LABELS[stage]}: ${r.about}` })
  }
  if (markers.length > 1) markers.sort((a, b) => compareInstants(a.at, b.at))
  markerCache.set(milestones, { referrals, markers })
  return markers
}

/** `due`: the lane's next follow-up, beside it so the check for a moved date reads one uniform shape. */
type KeyedLane = { lane: Lane; key: string; due: string | undefined }
const byText = new Intl.Collator()
/**
 * Each relationship's lane, by its relationship object: kept relationships (see LiveRelationships)
 * are the same object until the person, their records or their days since contact change.
 */
const laneCache = new WeakMap<Relationship, KeyedLane>()

/**
 * A relationship's lane with its next follow-up. Follow-ups are not part of the relationship, so a
 * kept lane is re-made only when that date moves: every other lane keeps its identity for the packer.
 * Each lane is built whole in one place (no copy, no `delete`), so lanes share a few shapes and the
 * loops over 5,000 of them stay fast.
 */
function laneOf(person: Journal['people'][number], rel: Relationship, referrals: readonly Referral[], due: string | undefined): KeyedLane {
  // A kept relationship object is re-made whenever the person record or their referrals are replaced.
  const cached = laneCache.get(rel)
  if (cached && cached.due === due) return cached
  const lane: Lane = {
    personId: person.id,
    name: person.name,
    company: person.company,
    tags: person.tags,
    start: rel.firstMet,
    stage: rel.stage,
    goingCold: rel.goingCold,
    lastContact: rel.lastContact,
    markers: markersOf(rel.milestones, referrals),
  }
  if (person.howWeMet.eventId) lane.metAtEventId = person.howWeMet.eventId
  if (due !== undefined) lane.nextFollowUp = due
  const keyed = { lane, key: cached?.key ?? instantKey(rel.firstMet), due }
  laneCache.set(rel, keyed)
  return keyed
}

/** People linked to an event: met there, expected there, or talked to there. */
const dueOf = (followUp: FollowUp | undefined) => (followUp ? effectiveDue(followUp) : undefined)

function peopleOfEvent(journal: Journal, eventId: string): Set<string> {
  const ids = new Set<string>()
  for (const p of journal.people) if (p.howWeMet.eventId === eventId) ids.add(p.id)
  for (const e of journal.events) if (e.id === eventId) for (const id of e.expectedAttendeeIds) ids.add(id)
  for (const i of journal.interactions) if (i.eventId === eventId) for (const id of i.personIds) ids.add(id)
  return ids
}

/**
 * The network timeline: a lane per relationship, newest first meeting on top, with a
 * marker at each stage reached and at every referral either way.
 */
export function timelineModel(
  journal: Journal,
  now: Date,
  filter: TimelineFilter = {},
  derived?: Map<string, Relationship>,
  index: JournalIndex = indexJournal(journal),
): TimelineModel {
  const rels = derived ?? relationships(journal, now, index)
  const atEvent = filter.eventId ? peopleOfEvent(journal, filter.eventId) : undefined
  const soonest = soonestPendingByPerson(journal.followUps)
  const lanes: KeyedLane[] = []
  let start = now.toISOString()
  let startKey = start
  for (const person of journal.people) {
    if (person.archived && !filter.includeArchived) continue
    if (atEvent && !atEvent.has(person.id)) continue
    if (filter.tag && !person.tags.includes(filter.tag)) continue
    const rel = rels.get(person.id)!
    if (filter.stage && rel.stage !== filter.stage) continue
    if (filter.goingCold && !rel.goingCold) continue
    const lane = laneOf(person, rel, index.referralsByPerson.get(person.id) ?? NONE, dueOf(soonest.get(person.id)))
    if (lane.key < startKey) {
      start = rel.firstMet
      startKey = lane.key
    }
    lanes.push(lane)
  }
  // Instant keys compared as text, not Date.parse: 5,000 lanes sort in about 60,000 comparisons.
  lanes.sort((a, b) => (a.key > b.key ? -1 : a.key < b.key ? 1 : byText.compare(a.lane.name, b.lane.name)))
  return { lanes: lanes.map((l) => l.lane), start, end: now.toISOString() }
}
