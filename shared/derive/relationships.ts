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
  // Sorted by instant, each date parsed once: localeCompare or Date.parse in a comparator dominated at 50,000 conversations.
  const at = new Map<Interaction, number>()
  for (const interaction of journal.interactions) at.set(interaction, Date.parse(interaction.date))
  for (const list of interactionsByPerson.values()) if (list.length > 1) list.sort((a, b) => at.get(a)! - at.get(b)!)
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

/**
 * Derives a person's relationship from the journal itself (interactions and referrals),
 * so the stage shown can never disagree with what was recorded.
 */
export function relationshipOf(person: Person, index: JournalIndex, settings: Settings, now: Date): Relationship {
  const interactions = index.interactionsByPerson.get(person.id) ?? []
  const referrals = index.referralsByPerson.get(person.id) ?? []
  // Each date is parsed once and compared as a number: this runs for every person after every change.
  const times = interactions.map((i) => ms(i.date))

  let firstMet = person.howWeMet.date ? `${person.howWeMet.date}T00:00:00.000Z` : undefined
  let firstMetAt = firstMet === undefined ? Infinity : ms(firstMet)
  interactions.forEach((i, n) => {
    if (i.kind === 'met' && times[n]! < firstMetAt) [firstMet, firstMetAt] = [i.date, times[n]!]
  })
  if (firstMet === undefined) [firstMet, firstMetAt] = interactions.length ? [interactions[0]!.date, times[0]!] : [person.createdAt, ms(person.createdAt)]

  const reached = new Map<Stage, { at: string; t: number }>([['met', { at: firstMet, t: firstMetAt }]])
  const reach = (stage: Stage, at: string, t: number = ms(at)) => {
    const before = reached.get(stage)
    if (!before || t < before.t) reached.set(stage, { at, t })
  }
  let contacts = 0
  let lastContact = firstMet
  let lastContactAt = firstMetAt
  interactions.forEach((i, n) => {
    if (!CONTACT_KINDS.has(i.kind) && i.kind !== 'met') return
    const t = times[n]!
    if (t > lastContactAt) [lastContact, lastContactAt] = [i.date, t]
    if (i.kind === 'met' || t <= firstMetAt) return
    contacts++
    reach('followed-up', i.date, t)
    if (i.kind === 'one-to-one') reach('one-to-one', i.date, t)
    if (contacts === ONGOING_AFTER_CONTACTS) reach('ongoing', i.date, t)
  })
  for (const r of referrals) {
    const t = ms(r.date)
    reach(r.direction === 'given' ? 'referral-given' : 'referral-received', r.date, t)
    if (r.status === 'closed') reach('closed', r.updatedAt)
    if (t > lastContactAt) [lastContact, lastContactAt] = [r.date, t]
  }

  const milestones = STAGES.filter((s) => reached.has(s)).map((stage) => ({ stage, at: reached.get(stage)!.at }))
  const cadenceDays = cadenceFor(person, settings)
  const daysSinceContact = Math.max(0, Math.floor((now.getTime() - lastContactAt) / DAY))
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
