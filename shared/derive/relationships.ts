import type { Interaction, Journal, Person, Referral, Settings } from '../domain'
import { changesBetween, indexJournal, snapshot, type JournalIndex, type PeopleChanged, type Touch } from './journalIndex'
import { instantKey } from './instants'

/** The stages of a relationship, in the order the timeline shows them. */
export const STAGES = ['met', 'followed-up', 'one-to-one', 'ongoing', 'referral-given', 'referral-received', 'closed'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  met: 'Met',
  'followed-up': 'Followed up',
  'one-to-one': 'One-to-one',
  ongoing: 'Ongoing relationship',
  'referral-given': 'Referral given',
  'referral-received': 'Referral received',
  closed: 'Closed business',
}

/** Touches that count as keeping in contact after the first meeting ("note" is only for me). */
const CONTACT_KINDS = new Set<Interaction['kind']>(['follow-up', 'call', 'email', 'coffee', 'one-to-one', 'event'])
/** Contacts after the first meeting that make a relationship "ongoing". */
const ONGOING_AFTER_CONTACTS = 3
const DAY = 86_400_000
/** Each stage's place in STAGES. */
const AT = Object.fromEntries(STAGES.map((stage, n) => [stage, n])) as Record<Stage, number>

export type Milestone = { stage: Stage; at: string }

export type Relationship = {
  personId: string
  firstMet: string
  lastContact: string
  stage: Stage
  /** Each stage reached, with the date it was first reached, in stage order. */
  milestones: Milestone[]
  cadenceDays: number
  goingCold: boolean
  /** Days since the last contact (whole days). */
  daysSinceContact: number
}

export { indexJournal, LiveJournalIndex, type JournalIndex, type Touch } from './journalIndex'
export { compareInstants, instantKey } from './instants'

/** The person's own cadence, else the shortest cadence of their tags, else the default. */
export function cadenceFor(person: Person, settings: Pick<Settings, 'defaultCadenceDays' | 'cadenceByTag'>): number {
  if (person.cadenceDays) return person.cadenceDays
  let shortest: number | undefined
  for (const tag of person.tags) {
    const days = Object.hasOwn(settings.cadenceByTag, tag) ? settings.cadenceByTag[tag] : undefined
    if (typeof days === 'number' && (shortest === undefined || days < shortest)) shortest = days
  }
  return shortest ?? settings.defaultCadenceDays
}

/** What a relationship is regardless of today's date: recomputed only when the person or their records change. */
export type RelationshipCore = Pick<Relationship, 'personId' | 'firstMet' | 'lastContact' | 'stage' | 'milestones'> & { lastContactMs: number }

/**
 * Derives a person's relationship from the journal itself (interactions and referrals),
 * so the stage shown can never disagree with what was recorded.
 */
export function relationshipOf(person: Person, index: JournalIndex, settings: Settings, now: Date): Relationship {
  return asOf(relationshipCore(person, index.touchesByPerson.get(person.id) ?? NONE, index.referralsByPerson.get(person.id) ?? NONE), person, settings, now)
}

const NONE: readonly never[] = []

/** The stages reached and the dates of first meeting and last contact, from the person's own records. */
export function relationshipCore(person: Person, interactions: readonly Touch[], referrals: readonly Referral[]): RelationshipCore {
  let firstMet = person.howWeMet.date ? `${person.howWeMet.date}T00:00:00.000Z` : undefined
  let firstMetKey = firstMet ?? ''
  for (const i of interactions) {
    if (i.kind !== 'met') continue
    const key = i.key
    if (firstMet === undefined || key < firstMetKey) {
      firstMet = i.date
      firstMetKey = key
    }
  }
  if (firstMet === undefined) firstMet = interactions[0]?.date ?? person.createdAt
  firstMetKey = instantKey(firstMet)

  // When each stage was first reached, by its place in STAGES.
  const reachedAt: Array<string | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined, undefined]
  const reachedKey: string[] = ['', '', '', '', '', '', '']
  const reach = (stage: number, at: string, key: string) => {
    if (reachedAt[stage] === undefined || key < reachedKey[stage]!) {
      reachedAt[stage] = at
      reachedKey[stage] = key
    }
  }
  reach(AT['met'], firstMet, firstMetKey)
  let contacts = 0
  let lastContact = firstMet
  let lastContactKey = firstMetKey
  for (const i of interactions) {
    if (!CONTACT_KINDS.has(i.kind) && i.kind !== 'met') continue
    const key = i.key
    if (key > lastContactKey) {
      lastContact = i.date
      lastContactKey = key
    }
    if (i.kind === 'met' || key <= firstMetKey) continue
    contacts++
    reach(AT['followed-up'], i.date, key)
    if (i.kind === 'one-to-one') reach(AT['one-to-one'], i.date, key)
    if (contacts === ONGOING_AFTER_CONTACTS) reach(AT['ongoing'], i.date, key)
  }
  for (const r of referrals) {
    const key = instantKey(r.date)
    reach(r.direction === 'given' ? AT['referral-given'] : AT['referral-received'], r.date, key)
    if (r.status === 'closed') reach(AT['closed'], r.updatedAt, instantKey(r.updatedAt))
    if (key > lastContactKey) {
      lastContact = r.date
      lastContactKey = key
    }
  }

  const milestones: Milestone[] = []
  for (let stage = 0; stage < STAGES.length; stage++) if (reachedAt[stage] !== undefined) milestones.push({ stage: STAGES[stage]!, at: reachedAt[stage]! })
  return { personId: person.id, firstMet, lastContact, lastContactMs: Date.parse(lastContact), stage: milestones[milestones.length - 1]!.stage, milestones }
}

const daysSince = (core: RelationshipCore, now: Date) => Math.max(0, Math.floor((now.getTime() - core.lastContactMs) / DAY))

/** A relationship's core read against the person's cadence and today's date. */
function asOf(core: RelationshipCore, person: Person, settings: Settings, now: Date): Relationship {
  const cadenceDays = cadenceFor(person, settings)
  const daysSinceContact = daysSince(core, now)
  // Spelled out rather than spread: this runs for every person on every change.
  return {
    personId: core.personId,
    firstMet: core.firstMet,
    lastContact: core.lastContact,
    stage: core.stage,
    milestones: core.milestones,
    cadenceDays,
    goingCold: !person.archived && daysSinceContact > cadenceDays,
    daysSinceContact,
  }
}

/** Every person's relationship, keyed by person id. Linear in the size of the journal. */
export function relationships(journal: Journal, now: Date, index: JournalIndex = indexJournal(journal)): Map<string, Relationship> {
  const result = new Map<string, Relationship>()
  for (const person of journal.people) result.set(person.id, relationshipOf(person, index, journal.settings, now))
  return result
}

type Kept = {
  person: Person
  touches: readonly Touch[]
  referrals: readonly Referral[]
  core: RelationshipCore
  settings: Settings
  relationship: Relationship
}

/**
 * Every person's relationship, kept from one journal revision to the next. After a change,
 * only the people it touched are derived again (their record, or one of their index lists,
 * was replaced); everyone else keeps the same relationship object, until the clock moves
 * someone's days since contact on. After one change this costs a copy of a map, not 5,000
 * derivations.
 */
export class LiveRelationships {
  private kept = new Map<string, Kept>()
  private result = new Map<string, Relationship>()
  private seenPeople: readonly Person[] = NONE
  private seenSettings: Settings | undefined
  /** The first instant at which some relationship's days since contact ticks over. */
  private validUntil = -Infinity
  private validFrom = Infinity

  of(journal: Pick<Journal, 'people' | 'settings'>, index: JournalIndex, now: Date, indexChanged: PeopleChanged = 'all'): Map<string, Relationship> {
    const people = changesBetween(this.seenPeople, journal.people)
    this.seenPeople = snapshot(journal.people)
    const t = now.getTime()
    // Much changed, or the settings (cadence), or the clock moved past someone's next day:
    // go over everyone (still re-deriving only what changed).
    if (!people || indexChanged === 'all' || journal.settings !== this.seenSettings || t < this.validFrom || t >= this.validUntil) {
      this.seenSettings = journal.settings
      return this.everyone(journal, index, now)
    }
    const result = new Map(this.result)
    const gone = new Set(people.removed.map((p) => p.id))
    for (const person of people.added) {
      gone.delete(person.id)
      this.refresh(person, index, journal.settings, now, result)
    }
    for (const id of gone) {
      this.kept.delete(id)
      result.delete(id)
    }
    for (const id of indexChanged) {
      const entry = this.kept.get(id)
      if (entry && !gone.has(id)) this.refresh(entry.person, index, journal.settings, now, result)
    }
    // Insertion order must follow the journal's, as a pass over everyone would give it.
    this.result = result.size === journal.people.length && sameOrder(result, journal.people) ? result : this.inJournalOrder(journal.people)
    return this.result
  }

  /** A pass over everyone: identity checks, re-deriving only people whose inputs were replaced. */
  private everyone(journal: Pick<Journal, 'people' | 'settings'>, index: JournalIndex, now: Date): Map<string, Relationship> {
    const next = new Map<string, Kept>()
    const result = new Map<string, Relationship>()
    this.validFrom = now.getTime()
    this.validUntil = Infinity
    for (const person of journal.people) {
      const entry = this.entryFor(this.kept.get(person.id), person, index, journal.settings, now)
      next.set(person.id, entry)
      result.set(person.id, entry.relationship)
    }
    // People no longer in the journal are dropped with the old map.
    this.kept = next
    this.result = result
    return result
  }

  private refresh(person: Person, index: JournalIndex, settings: Settings, now: Date, result: Map<string, Relationship>) {
    const entry = this.entryFor(this.kept.get(person.id), person, index, settings, now)
    this.kept.set(person.id, entry)
    result.set(person.id, entry.relationship)
  }

  private entryFor(entry: Kept | undefined, person: Person, index: JournalIndex, settings: Settings, now: Date): Kept {
    const touches = index.touchesByPerson.get(person.id) ?? NONE
    const referrals = index.referralsByPerson.get(person.id) ?? NONE
    if (!entry || entry.person !== person || entry.touches !== touches || entry.referrals !== referrals) {
      const core = relationshipCore(person, touches, referrals)
      entry = { person, touches, referrals, core, settings, relationship: asOf(core, person, settings, now) }
    } else if (entry.settings !== settings || entry.relationship.daysSinceContact !== daysSince(entry.core, now)) {
      entry = { ...entry, settings, relationship: asOf(entry.core, person, settings, now) }
    }
    // The next whole day since this person's last contact.
    const tick = entry.core.lastContactMs + (entry.relationship.daysSinceContact + 1) * DAY
    if (tick < this.validUntil) this.validUntil = tick
    return entry
  }

  private inJournalOrder(people: readonly Person[]): Map<string, Relationship> {
    const ordered = new Map<string, Relationship>()
    for (const person of people) {
      const entry = this.kept.get(person.id)
      if (entry) ordered.set(person.id, entry.relationship)
    }
    return ordered
  }
}

function sameOrder(map: Map<string, unknown>, people: readonly Person[]): boolean {
  let i = 0
  for (const id of map.keys()) if (people[i++]!.id !== id) return false
  return true
}
