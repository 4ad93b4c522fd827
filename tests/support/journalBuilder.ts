import { emptyJournal, type Interaction, type Journal, type Person, type Referral } from '../../shared/domain'

/** A person with every list empty: tests name only the fields they are about. */
export function personWith(over: Partial<Person> & { id: string }, at = '2026-01-01T00:00:00.000Z'): Person {
  return {
    createdAt: at,
    updatedAt: at,
    name: 'Someone',
    emails: [],
    phones: [],
    links: [],
    tags: [],
    howWeMet: {},
    learned: [],
    notes: [],
    archived: false,
    ...over,
  }
}

/** Small, readable journals for derivation tests. */
export function journalWith(
  now: Date,
  parts: { people?: Partial<Person>[]; interactions?: Partial<Interaction>[]; referrals?: Partial<Referral>[] } = {},
): Journal {
  const journal = emptyJournal(now)
  const at = now.toISOString()
  const stamp = (id: string) => ({ id, createdAt: at, updatedAt: at })
  journal.people = (parts.people ?? []).map((p, i) => personWith({ name: `Person ${i}`, ...p, id: p.id ?? `p${i}` }, at))
  journal.interactions = (parts.interactions ?? []).map((x, i) => ({ ...stamp(`i${i}`), date: at, kind: 'call', personIds: ['p0'], summary: 'talked', ...x }))
  journal.referrals = (parts.referrals ?? []).map((r, i) => ({
    ...stamp(`r${i}`),
    date: at,
    direction: 'given',
    about: 'a client',
    status: 'introduced',
    thanked: false,
    ...r,
  }))
  return journal
}

export const day = (iso: string) => `${iso}T12:00:00.000Z`
