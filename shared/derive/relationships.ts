import type { Interaction, Journal, Person, Referral, Settings } from '../domain'

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

/** Interactions and referrals grouped by person, built once per journal so derivations stay linear. */
export type JournalIndex = {
  interactionsByPerson: Map<string, Interaction[]>
  referralsByPerson: Map<string, Referral[]>
}

export function indexJournal(journal: Pick<Journal, 'interactions' | 'referrals'>): JournalIndex {
  const interactionsByPerson = new Map<string, Interaction[]>()
  for (const interaction of journal.interactions) {
    for (const id of interaction.personIds) push(interactionsByPerson, id, interaction)
  }
  for (const list of interactionsByPerson.values()) list.sort((a, b) => a.date.localeCompare(b.date))
  const referralsByPerson = new Map<string, Referral[]>()
  for (const referral of journal.referrals) {
    const other = referral.direction === 'given' ? referral.toPersonId : referral.fromPersonId
    if (other) push(referralsByPerson, other, referral)
  }
  return { interactionsByPerson, referralsByPerson }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The person's own cadence, else the shortest cadence of their tags, else the default. */
export function cadenceFor(person: Person, settings: Pick<Settings, 'defaultCadenceDays' | 'cadenceByTag'>): number {
  if (person.cadenceDays) return person.cadenceDays
  const byTag = person.tags.map((t) => settings.cadenceByTag[t]).filter((d): d is number => typeof d === 'number')
  return byTag.length ? Math.min(...byTag) : settings.defaultCadenceDays
}

/** Instants as ISO strings compare correctly as text only when they share a format; normalise to ms. */
const ms = (iso: string) => Date.parse(iso)
const earliest = (a: string | undefined, b: string) => (a === undefined || ms(b) < ms(a) ? b : a)

/**
 * Derives a person's relationship from the journal itself (interactions and referrals),
 * so the stage shown can never disagree with what was recorded.
 */
export function relationshipOf(person: Person, index: JournalIndex, settings: Settings, now: Date): Relationship {
  const interactions = index.interactionsByPerson.get(person.id) ?? []
  const referrals = index.referralsByPerson.get(person.id) ?? []

  let firstMet = person.howWeMet.date ? `${person.howWeMet.date}T00:00:00.000Z` : undefined
  for (const i of interactions) if (i.kind === 'met') firstMet = earliest(firstMet, i.date)
  if (firstMet === undefined) firstMet = interactions[0]?.date ?? person.createdAt

  const reached = new Map<Stage, string>([['met', firstMet]])
  const reach = (stage: Stage, at: string) => reached.set(stage, earliest(reached.get(stage), at))
  let contacts = 0
  let lastContact = firstMet
  for (const i of interactions) {
    if (!CONTACT_KINDS.has(i.kind) && i.kind !== 'met') continue
    if (ms(i.date) > ms(lastContact)) lastContact = i.date
    if (i.kind === 'met' || ms(i.date) <= ms(firstMet)) continue
    contacts++
    reach('followed-up', i.date)
    if (i.kind === 'one-to-one') reach('one-to-one', i.date)
    if (contacts === ONGOING_AFTER_CONTACTS) reach('ongoing', i.date)
  }
  for (const r of referrals) {
    reach(r.direction === 'given' ? 'referral-given' : 'referral-received', r.date)
    if (r.status === 'closed') reach('closed', r.updatedAt)
    if (ms(r.date) > ms(lastContact)) lastContact = r.date
  }

  const milestones = STAGES.filter((s) => reached.has(s)).map((stage) => ({ stage, at: reached.get(stage)! }))
  const cadenceDays = cadenceFor(person, settings)
  const daysSinceContact = Math.max(0, Math.floor((now.getTime() - ms(lastContact)) / DAY))
  return {
    personId: person.id,
    firstMet,
    lastContact,
    stage: milestones[milestones.length - 1]!.stage,
    milestones,
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
