import { emptyJournal, type Interaction, type Journal, type Person, type Referral } from '../../shared/domain'

/** Small, readable journals for derivation tests. */
export function journalWith(now: Date, parts: { people?: Partial<Person>[]; interactions?: Partial<Interaction>[]; referrals?: Partial<Referral>[] } = {}): Journal {
  const journal = emptyJournal(now)
  const at = now.toISOString()
  const stamp = (id: string) => ({ id, createdAt: at, updatedAt: at })
  journal.people = (parts.people ?? []).map((p, i) => ({
    ...stamp(p.id ?? `p${i}`),
    name: `Person ${i}`,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    howWeMet: {},
    learned: [],
    notes: [],
    archived: false,
    ...p,
  }))
  journal.interactions = (parts.interactions ?? []).map((x, i) => ({ ...stamp(`i${i}`), date: at, kind: 'call', personIds: ['p0'], summary: 'talked', ...x }))
  journal.referrals = (parts.referrals ?? []).map((r, i) => ({ ...stamp(`r${i}`), date: at, direction: 'given', about: 'a client', status: 'introduced', thanked: false, ...r }))
  return journal
}

export const day = (iso: string) => `${iso}T12:00:00.000Z`
