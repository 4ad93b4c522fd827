import type { Journal, Person } from '../domain'
import { uniqueBy } from './uniqueBy'

/**
 * Folds `other` into `keep`: keep's fields win, empty ones are filled from other, lists
 * are unioned, and the earlier first meeting is kept. Nothing of either is dropped.
 */
export function mergePersonRecords(keep: Person, other: Person, at: string): Person {
  const earlierMet = !keep.howWeMet.date || (other.howWeMet.date && other.howWeMet.date < keep.howWeMet.date) ? other.howWeMet : keep.howWeMet
  return {
    ...keep,
    company: keep.company ?? other.company,
    role: keep.role ?? other.role,
    industry: keep.industry ?? other.industry,
    emails: uniqueBy([...keep.emails, ...other.emails], (e) => e.toLowerCase()),
    phones: uniqueBy([...keep.phones, ...other.phones], (p) => p.replace(/\D/g, '')),
    links: uniqueBy([...keep.links, ...other.links], (l) => l.url),
    tags: uniqueBy([...keep.tags, ...other.tags], (t) => t),
    howWeMet: { ...other.howWeMet, ...keep.howWeMet, ...earlierMet },
    learned: uniqueBy([...keep.learned, ...other.learned], (l) => `${l.icebreakerId}\u0000${l.answer}`),
    cadenceDays: keep.cadenceDays ?? other.cadenceDays,
    notes: uniqueBy([...keep.notes, ...other.notes], (n) => n.id),
    archived: keep.archived && other.archived,
    createdAt: keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt,
    updatedAt: at,
  }
}

/** Points every conversation, referral, follow-up, event and introduction at `toId` instead of `fromId`. */
export function redirectPersonReferences(journal: Journal, fromId: string, toId: string): void {
  const swap = (id: string | undefined) => (id === fromId ? toId : id)
  const swapList = (ids: string[]) => (ids.includes(fromId) ? [...new Set(ids.map((id) => (id === fromId ? toId : id)))] : ids)
  journal.interactions = journal.interactions.map((i) => (i.personIds.includes(fromId) ? { ...i, personIds: swapList(i.personIds) } : i))
  journal.referrals = journal.referrals.map((r) =>
    r.fromPersonId === fromId || r.toPersonId === fromId ? { ...r, fromPersonId: swap(r.fromPersonId), toPersonId: swap(r.toPersonId) } : r,
  )
  journal.followUps = journal.followUps.map((f) => (f.personId === fromId ? { ...f, personId: toId } : f))
  journal.events = journal.events.map((e) => (e.expectedAttendeeIds.includes(fromId) ? { ...e, expectedAttendeeIds: swapList(e.expectedAttendeeIds) } : e))
  journal.people = journal.people.map((p) => (p.howWeMet.introducedById === fromId ? { ...p, howWeMet: { ...p.howWeMet, introducedById: toId } } : p))
}
