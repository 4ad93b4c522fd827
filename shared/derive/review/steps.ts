import type { EventKind, FollowUp, Journal, Person, Referral } from '../../domain'
import { unreturnedReferrers } from '../referralLedger'
import { STAGES, STAGE_LABELS, type JournalIndex, type Relationship, type Stage } from '../relationships'
import { effectiveDue, firstMetInstant, mayFirstMeetWithin } from './activity'
import type { Week } from './calendar'

const DAY = 86_400_000

/** What a new acquaintance still lacks; each is one click on the review page. */
export const MISSING = ['follow-up', 'cadence', 'tags', 'learned'] as const
export type Missing = (typeof MISSING)[number]
export const MISSING_LABELS: Record<Missing, string> = {
  'follow-up': 'No follow-up scheduled',
  cadence: 'No cadence',
  tags: 'No tags',
  learned: 'Nothing learned yet',
}

export type NewPerson = { personId: string; name: string; company?: string; firstMet: string; metAtEventId?: string; missing: Missing[] }

/** People first met during the week, in the order met, each with what is still missing. */
export function newPeople(journal: Journal, week: Week, rels: Map<string, Relationship>, timeZone: string): NewPerson[] {
  const start = Date.parse(week.start)
  const end = Date.parse(week.end)
  const scheduled = new Set(journal.followUps.filter((f) => f.status === 'pending' && f.personId).map((f) => f.personId!))
  const found: (NewPerson & { at: number })[] = []
  const mayHaveMet = mayFirstMeetWithin(week.start, week.end)
  for (const person of journal.people) {
    const rel = rels.get(person.id)
    if (person.archived || !rel || !mayHaveMet(rel)) continue
    const at = firstMetInstant(person, rel, timeZone)
    if (at === undefined || at < start || at >= end) continue
    found.push({
      at,
      personId: person.id,
      name: person.name,
      company: person.company,
      firstMet: new Date(at).toISOString(),
      metAtEventId: person.howWeMet.eventId,
      missing: missingFor(person, scheduled.has(person.id), journal.settings.cadenceByTag),
    })
  }
  return found.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map(({ at: _at, ...person }) => person)
}

function missingFor(person: Person, hasFollowUp: boolean, cadenceByTag: Record<string, number>): Missing[] {
  const missing: Missing[] = []
  if (!hasFollowUp) missing.push('follow-up')
  // The journal-wide default is a fallback, not a choice made for this person.
  if (!person.cadenceDays && !person.tags.some((tag) => cadenceByTag[tag] !== undefined)) missing.push('cadence')
  if (!person.tags.length) missing.push('tags')
  if (!person.learned.length && !person.notes.length) missing.push('learned')
  return missing
}

/**
 * How strong a relationship is, to put the ones most worth saving first:
 * 1. the stage reached (a referral or closed business outranks a single coffee);
 * 2. then how many conversations there have been (private notes aside);
 * 3. then how many referrals passed between us, either way.
 */
export type Strength = { stageRank: number; contacts: number; referrals: number }

export function strengthOf(personId: string, rel: Relationship, index: JournalIndex): Strength {
  let contacts = 0
  for (const touch of index.touchesByPerson.get(personId) ?? []) if (touch.kind !== 'note') contacts++
  return {
    stageRank: STAGES.indexOf(rel.stage),
    contacts,
    referrals: (index.referralsByPerson.get(personId) ?? []).length,
  }
}

export const compareStrength = (a: Strength, b: Strength) => b.stageRank - a.stageRank || b.contacts - a.contacts || b.referrals - a.referrals

export type ColdRelationship = {
  personId: string
  name: string
  company?: string
  stage: Stage
  stageLabel: string
  cadenceDays: number
  daysSinceContact: number
  daysPastCadence: number
  lastContact: string
  strength: Strength
}

/** People past their cadence (archived people aside), strongest relationships first. */
export function goingCold(journal: Journal, rels: Map<string, Relationship>, index: JournalIndex): ColdRelationship[] {
  const cold: ColdRelationship[] = []
  for (const person of journal.people) {
    const rel = rels.get(person.id)
    if (!rel?.goingCold) continue
    cold.push({
      personId: person.id,
      name: person.name,
      company: person.company,
      stage: rel.stage,
      stageLabel: STAGE_LABELS[rel.stage],
      cadenceDays: rel.cadenceDays,
      daysSinceContact: rel.daysSinceContact,
      daysPastCadence: rel.daysSinceContact - rel.cadenceDays,
      lastContact: rel.lastContact,
      strength: strengthOf(person.id, rel, index),
    })
  }
  return cold.sort((a, b) => compareStrength(a.strength, b.strength) || b.daysPastCadence - a.daysPastCadence || a.name.localeCompare(b.name))
}

export type OverdueFollowUp = { followUpId: string; note: string; dueAt: string; daysOverdue: number; personId?: string; personName?: string; eventId?: string }

/** Pending follow-ups whose (snoozed) due time has passed, most overdue first. */
export function overdueFollowUps(journal: Journal, now: Date): OverdueFollowUp[] {
  const names = new Map(journal.people.map((p) => [p.id, p.name]))
  const overdue: Array<{ due: number; f: FollowUp }> = []
  for (const f of journal.followUps) {
    if (f.status !== 'pending') continue
    const due = effectiveDue(f)
    if (due < now.getTime()) overdue.push({ due, f })
  }
  return overdue
    .sort((a, b) => a.due - b.due)
    .map(({ due, f }) => ({
      followUpId: f.id,
      note: f.note,
      dueAt: new Date(due).toISOString(),
      daysOverdue: Math.floor((now.getTime() - due) / DAY),
      personId: f.personId,
      personName: f.personId ? names.get(f.personId) : undefined,
      eventId: f.eventId,
    }))
}

export type OwedReferrer = {
  personId: string
  name: string
  received: number
  given: number
  /** Referrals received not yet matched by one given back. */
  owed: number
  unthanked: number
  /** The referrals from them still waiting for a thank-you, newest first. */
  unthankedReferrals: { referralId: string; about: string; date: string }[]
}

/** People who referred business to me that I have not returned or thanked (see `unreturnedReferrers`). */
export function giveAndTake(journal: Journal): OwedReferrer[] {
  const names = new Map(journal.people.map((p) => [p.id, p.name]))
  const unthankedBy = new Map<string, Referral[]>()
  for (const r of journal.referrals) {
    if (r.direction !== 'received' || r.thanked || !r.fromPersonId) continue
    const list = unthankedBy.get(r.fromPersonId)
    if (list) list.push(r)
    else unthankedBy.set(r.fromPersonId, [r])
  }
  return unreturnedReferrers(journal).map((u) => ({
    personId: u.personId,
    name: names.get(u.personId) ?? u.personId,
    received: u.received,
    given: u.given,
    owed: Math.max(0, u.received - u.given),
    unthanked: u.unthanked,
    unthankedReferrals: (unthankedBy.get(u.personId) ?? [])
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
      .map((r) => ({ referralId: r.id, about: r.about, date: r.date })),
  }))
}

export type UpcomingEvent = { eventId: string; title: string; kind: EventKind; startsAt: string; endsAt?: string; venue?: string; expectedAttendees: number }

/** Events starting during `week` (the week after the one reviewed), soonest first. */
export function eventsIn(journal: Journal, week: Week): UpcomingEvent[] {
  const start = Date.parse(week.start)
  const end = Date.parse(week.end)
  return journal.events
    .filter((e) => Date.parse(e.startsAt) >= start && Date.parse(e.startsAt) < end)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((e) => ({
      eventId: e.id,
      title: e.title,
      kind: e.kind,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      venue: e.venue,
      expectedAttendees: e.expectedAttendeeIds.length,
    }))
}
