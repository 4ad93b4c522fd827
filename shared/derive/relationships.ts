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

/** A conversation as one person's relationship reads it: its instant key computed once. */
type Touch = { key: string; date: string; kind: Interaction['kind']; interaction: Interaction }

/** Interactions and referrals grouped by person (oldest first), built once per journal so derivations stay linear. */
export type JournalIndex = {
  interactionsByPerson: Map<string, Interaction[]>
  referralsByPerson: Map<string, Referral[]>
  /** The same conversations as `interactionsByPerson`, in the same order, as small uniform objects. */
  touchesByPerson: Map<string, Touch[]>
}

export function indexJournal(journal: Pick<Journal, 'interactions' | 'referrals'>): JournalIndex {
  // Records parsed from JSON come in many shapes (optional fields), which makes reading their fields
  // slow in a hot loop; each conversation is read once here into a uniform Touch, then sorted by its key.
  const touchesByPerson = new Map<string, Touch[]>()
  for (const interaction of journal.interactions) {
    const touch: Touch = { key: instantKey(interaction.date), date: interaction.date, kind: interaction.kind, interaction }
    for (const id of interaction.personIds) push(touchesByPerson, id, touch)
  }
  // Conversations are mostly logged in order, so most lists are sorted already: checking is far cheaper than sort().
  for (const list of touchesByPerson.values()) if (!inOrder(list)) list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  // Built on first use: relationships and the timeline read only the touches.
  let interactionsByPerson: Map<string, Interaction[]> | undefined
  const referralsByPerson = new Map<string, Referral[]>()
  for (const referral of journal.referrals) {
    const other = referral.direction === 'given' ? referral.toPersonId : referral.fromPersonId
    if (other) push(referralsByPerson, other, referral)
  }
  return {
    get interactionsByPerson() {
      return (interactionsByPerson ??= new Map([...touchesByPerson].map(([id, list]) => [id, list.map((t) => t.interaction)])))
    },
    referralsByPerson,
    touchesByPerson,
  }
}

function inOrder(touches: Touch[]): boolean {
  for (let i = 1; i < touches.length; i++) if (touches[i - 1]!.key > touches[i]!.key) return false
  return true
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

/**
 * A key that orders instants correctly as text. Kith writes `toISOString()` form (fixed width,
 * UTC), which already does and is returned as is; any other offset or precision is normalised.
 * Comparing these keys instead of calling Date.parse keeps derivations cheap at 50,000 conversations.
 */
export function instantKey(iso: string): string {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(19) === 46 /* . */ && iso.charCodeAt(10) === 84 /* T */) return iso
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso : new Date(t).toISOString()
}

export const compareInstants = (a: string, b: string): number => {
  const ka = instantKey(a)
  const kb = instantKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/**
 * Derives a person's relationship from the journal itself (interactions and referrals),
 * so the stage shown can never disagree with what was recorded.
 */
export function relationshipOf(person: Person, index: JournalIndex, settings: Settings, now: Date): Relationship {
  const interactions = index.touchesByPerson.get(person.id) ?? []
  const referrals = index.referralsByPerson.get(person.id) ?? []

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

  // When each stage was first reached, by its place in STAGES: this runs for 5,000 people per change.
  const reachedAt: Array<string | undefined> = new Array(STAGES.length)
  const reachedKey: string[] = new Array(STAGES.length)
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
  const cadenceDays = cadenceFor(person, settings)
  const daysSinceContact = Math.max(0, Math.floor((now.getTime() - Date.parse(lastContact)) / DAY))
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
