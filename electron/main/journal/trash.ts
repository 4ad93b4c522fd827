import type { TrashItem } from '../../../shared/api/safekeeping'
import { relinkEvent, unlinkEvent } from './eventLinks'
import { relinkPerson, unlinkPerson } from './personLinks'
import { TRASH_DAYS, type Journal, type TrashEntry, type TrashKind } from '../../../shared/domain'

const DAY_MS = 24 * 60 * 60 * 1000

const WHAT: Record<TrashKind, string> = { person: 'person', event: 'event', interaction: 'interaction', referral: 'referral' }

function takeOut<T extends { id: string }>(list: T[], id: string, what: string): T {
  const index = list.findIndex((item) => item.id === id)
  if (index < 0) throw new Error(`No ${what} with id "${id}" is in this journal. It may be gone already (the trash keeps records for ${TRASH_DAYS} days).`)
  return list.splice(index, 1)[0]!
}

/** Moves one record (a person with their follow-ups) into the trash. Mutates `journal`. */
export function moveToTrash(journal: Journal, kind: TrashKind, id: string, deletedAt: Date, trashId: string): TrashEntry {
  const base = { id: trashId, deletedAt: deletedAt.toISOString() }
  let entry: TrashEntry
  switch (kind) {
    case 'person': {
      const record = takeOut(journal.people, id, WHAT[kind])
      const followUps = journal.followUps.filter((followUp) => followUp.personId === id)
      journal.followUps = journal.followUps.filter((followUp) => followUp.personId !== id)
      entry = { ...base, kind, record, followUps, links: unlinkPerson(journal, record) }
      break
    }
    case 'event': {
      const record = takeOut(journal.events, id, WHAT[kind])
      entry = { ...base, kind, record, links: unlinkEvent(journal, record) }
      break
    }
    case 'interaction':
      entry = { ...base, kind, record: takeOut(journal.interactions, id, WHAT[kind]) }
      break
    case 'referral':
      entry = { ...base, kind, record: takeOut(journal.referrals, id, WHAT[kind]) }
      break
  }
  journal.trash.push(entry)
  return entry
}

/** Puts a trashed record back where it was. Mutates `journal`. */
export function restoreFromTrash(journal: Journal, trashId: string): TrashEntry {
  const entry = takeOut(journal.trash, trashId, 'deleted record in the trash')
  const clash = (list: Array<{ id: string }>) => {
    if (list.some((item) => item.id === entry.record.id)) {
      journal.trash.push(entry)
      throw new Error(`A ${WHAT[entry.kind]} with id "${entry.record.id}" is already in the journal, so the deleted one was left in the trash.`)
    }
  }
  switch (entry.kind) {
    case 'person':
      clash(journal.people)
      journal.people.push(entry.record)
      journal.followUps.push(...entry.followUps.filter((f) => !journal.followUps.some((g) => g.id === f.id)))
      if (entry.links) relinkPerson(journal, entry.record, entry.links)
      break
    case 'event':
      clash(journal.events)
      journal.events.push(entry.record)
      if (entry.links) relinkEvent(journal, entry.record.id, entry.links)
      break
    case 'interaction':
      clash(journal.interactions)
      journal.interactions.push(entry.record)
      break
    case 'referral':
      clash(journal.referrals)
      journal.referrals.push(entry.record)
      break
  }
  return entry
}

export function isExpired(entry: TrashEntry, now: Date, days = TRASH_DAYS): boolean {
  return Date.parse(entry.deletedAt) + days * DAY_MS <= now.getTime()
}

/** Drops entries older than the trash keeps them. Mutates `journal`; returns how many went. */
export function purgeExpiredTrash(journal: Journal, now: Date, days = TRASH_DAYS): number {
  const before = journal.trash.length
  journal.trash = journal.trash.filter((entry) => !isExpired(entry, now, days))
  return before - journal.trash.length
}

/** What the trash list shows: enough to recognise the record, and when it goes for good. */
export function trashItems(journal: Journal, now: Date, days = TRASH_DAYS): TrashItem[] {
  return journal.trash
    .filter((entry) => !isExpired(entry, now, days))
    .map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      label: labelOf(entry),
      deletedAt: entry.deletedAt,
      purgeAt: new Date(Date.parse(entry.deletedAt) + days * DAY_MS).toISOString(),
    }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

function labelOf(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'person':
      return entry.record.name
    case 'event':
      return entry.record.title
    case 'interaction':
      return entry.record.summary || `${entry.record.kind} on ${entry.record.date.slice(0, 10)}`
    case 'referral':
      return entry.record.about
  }
}
