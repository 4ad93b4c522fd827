import { localDay } from '../../../shared/derive/localDay'
import { randomUUID } from 'node:crypto'
import type { Handlers, JournalStatus, ParsedInput } from '../../../shared/api/contract'
import {
  FollowUp,
  Interaction,
  NetworkEvent,
  Person,
  Referral,
  Settings,
  journalCounts,
  emptyJournal,
  type Journal,
} from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'
import type { JournalStore } from './journalStore'
import { createSafekeepingHandlers } from './safekeepingService'
import { createCheatSheetHandlers, type CheatSheetPrinter } from './cheatSheetService'
import { createFollowUpHandlers } from '../reminders/followUpService'
import { createNetworkHandlers } from './networkService'
import { createCaptureHandlers } from './captureService'
import { createDerivedViews } from './derivedViews'
import { createReviewHandlers } from './reviewService'
import { createExchangeHandlers } from '../exchange/exchangeService'
import type { ImportProgress } from '../../../shared/exchange/api'

export type ServiceDeps = {
  now?: () => Date
  newId?: () => string
  print?: CheatSheetPrinter
  /** Hears how far an import has come (the window shows it). */
  importProgress?: (progress: ImportProgress) => void
}

const hasRecords = (journal: Journal) => Object.values(journalCounts(journal)).some((count) => count > 0) || journal.trash.length > 0

/** Thrown for anything the user asked for that is not there; the message says which. */
export class NotFoundError extends Error {}

function findById<T extends { id: string }>(list: T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id)
  if (!found) throw new NotFoundError(`No ${what} with id "${id}" is in this journal. It may have been deleted.`)
  return found
}

/** Every call of the contract as a plain function over the store: no Electron here. */
export function createJournalService(store: JournalStore, deps: ServiceDeps = {}): Handlers {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => randomUUID())
  const j = (): Journal => store.journal
  const derived = createDerivedViews(store, now)
  const stamp = (clientId?: string) => {
    const at = now().toISOString()
    return { id: clientId ?? newId(), createdAt: at, updatedAt: at }
  }

  const status = (): JournalStatus => ({
    path: store.path,
    // First run is only for a journal with no records: one restored or written by hand without the flag is not offered a wipe.
    onboarded: j().settings.onboarded || hasRecords(j()) || store.readOnly,
    readOnly: store.readOnly,
    counts: journalCounts(j()),
    recovery: store.recovery,
    saveError: store.lastSaveError,
    outsideChange: store.outsideChange,
  })

  /** Validates a record against its schema before it enters the journal, so the journal stays loadable. */
  const insert = async <T extends { id: string }>(schema: { parse(v: unknown): T }, list: (journal: Journal) => T[], record: Record<string, unknown>, clientId?: string): Promise<T> => {
    // A retry of a change that was saved but never answered (a crash, a lost reply) returns the record it made.
    const made = clientId === undefined ? undefined : list(j()).find((item) => item.id === clientId)
    if (made) return made
    const valid = schema.parse(record)
    await store.mutate((journal) => list(journal).push(valid))
    return valid
  }

  const requirePerson = (id: string | undefined, field: string) => {
    if (id && !j().people.some((p) => p.id === id)) throw new NotFoundError(`${field}: no person with id "${id}" is in this journal.`)
  }
  // Nobody is met, and nothing is said, after today: "last contact" would be ahead of the calendar.
  const refuseFutureDay = (day: string | undefined, field: string) => {
    if (day && day > localDay(now())) throw new Error(`${field}: that day is in the future. Pick today or an earlier day.`)
  }
  const requireEvent = (id: string | undefined, field: string) => {
    if (id && !j().events.some((e) => e.id === id)) throw new NotFoundError(`${field}: no event with id "${id}" is in this journal.`)
  }

  return {
    ...createSafekeepingHandlers(store, { now, newId, status }),
    ...createCheatSheetHandlers(store, { now, newId, find: findById, print: deps.print, derived }),
    ...createFollowUpHandlers(store, { now, newId, find: findById, derived }),
    ...createNetworkHandlers(store, { now, newId, find: findById, derived }),
    ...createReviewHandlers(store, { now, newId, find: findById, derived }),
    ...createExchangeHandlers(store, { now, newId, progress: deps.importProgress }),
    ...createCaptureHandlers(store, { now, newId }),
    'journal:status': () => status(),
    'journal:startEmpty': async () => {
      if (hasRecords(j())) throw new Error('This journal already holds records, so Kith will not start it empty: nothing of yours is replaced. Delete records one by one, or choose another journal file.')
      const fresh = emptyJournal(now())
      fresh.settings.onboarded = true
      await store.mutate((journal) => Object.assign(journal, { ...fresh, profile: journal.profile }))
      return status()
    },
    'journal:loadSample': async () => {
      if (j().people.length > 0) throw new Error('The sample journal can only be loaded into an empty journal, so nothing of yours is replaced.')
      const sample = generateSampleJournal({ now: now() })
      sample.settings.onboarded = true
      await store.replace(sample)
      return status()
    },

    'people:create': (input: ParsedInput<'people:create'>) => {
      refuseFutureDay(input.metOn, 'metOn')
      requireEvent(input.metAtEventId, 'metAtEventId')
      requirePerson(input.introducedById, 'introducedById')
      const base = stamp(input.clientId)
      return insert(Person, (journal) => journal.people, {
        ...base,
        name: input.name,
        company: input.company,
        role: input.role,
        industry: input.industry,
        emails: input.emails ?? [],
        phones: input.phones ?? [],
        links: [],
        tags: input.tags ?? [],
        howWeMet: { date: input.metOn, eventId: input.metAtEventId, introducedById: input.introducedById },
        learned: [],
        cadenceDays: input.cadenceDays,
        notes: input.notes ? [{ id: newId(), text: input.notes, private: false, createdAt: base.createdAt }] : [],
        archived: false,
      }, input.clientId)
    },
    'people:list': ({ includeArchived }) => j().people.filter((p) => includeArchived || !p.archived),
    'people:get': ({ id }) => findById(j().people, id, 'person'),
    'people:update': async ({ id, patch }) => {
      const person = findById(j().people, id, 'person')
      const { metOn, metAtEventId, introducedById, ...fields } = patch
      requireEvent(metAtEventId, 'metAtEventId')
      requirePerson(introducedById, 'introducedById')
      const howWeMet = { ...person.howWeMet }
      refuseFutureDay(metOn ?? undefined, 'metOn')
      if ('metOn' in patch) howWeMet.date = metOn ?? undefined
      if ('metAtEventId' in patch) howWeMet.eventId = metAtEventId
      if ('introducedById' in patch) howWeMet.introducedById = introducedById
      const updated = Person.parse({ ...person, ...fields, howWeMet, updatedAt: now().toISOString() })
      await store.mutate((journal) => {
        journal.people[journal.people.findIndex((p) => p.id === id)] = updated
      })
      return updated
    },

    'events:create': ({ clientId, ...input }) => {
      for (const id of input.expectedAttendeeIds ?? []) requirePerson(id, 'expectedAttendeeIds')
      return insert(NetworkEvent, (journal) => journal.events, {
        ...stamp(clientId),
        kind: 'other',
        ...input,
        expectedAttendeeIds: input.expectedAttendeeIds ?? [],
      }, clientId)
    },
    'events:list': () => j().events,
    'events:get': ({ id }) => findById(j().events, id, 'event'),
    'events:update': async ({ id, patch }) => {
      const event = findById(j().events, id, 'event')
      for (const personId of patch.expectedAttendeeIds ?? []) requirePerson(personId, 'expectedAttendeeIds')
      const updated = NetworkEvent.parse({ ...event, ...patch, updatedAt: now().toISOString() })
      if (updated.endsAt && Date.parse(updated.endsAt) < Date.parse(updated.startsAt)) throw new Error('endsAt: the end must not be before the start.')
      await store.mutate((journal) => {
        journal.events[journal.events.findIndex((e) => e.id === id)] = updated
      })
      return updated
    },

    'interactions:create': ({ clientId, ...input }) => {
      refuseFutureDay(localDay(input.date), 'date')
      for (const id of input.personIds) requirePerson(id, 'personIds')
      requireEvent(input.eventId, 'eventId')
      return insert(Interaction, (journal) => journal.interactions, { ...stamp(clientId), ...input }, clientId)
    },
    'interactions:list': ({ personId }) =>
      personId ? j().interactions.filter((i) => i.personIds.includes(personId)) : j().interactions,

    'referrals:create': ({ clientId, ...input }) => {
      requirePerson(input.fromPersonId, 'fromPersonId')
      requirePerson(input.toPersonId, 'toPersonId')
      return insert(Referral, (journal) => journal.referrals, { ...stamp(clientId), status: 'introduced', thanked: false, ...input }, clientId)
    },
    'referrals:list': () => j().referrals,

    'followups:create': ({ clientId, ...input }) => {
      requirePerson(input.personId, 'personId')
      return insert(FollowUp, (journal) => journal.followUps, { ...stamp(clientId), ...input, status: 'pending' }, clientId)
    },
    'followups:list': ({ status: wanted }) => j().followUps.filter((f) => !wanted || f.status === wanted),

    'settings:get': () => j().settings,
    'settings:update': async ({ patch }) => {
      const updated = Settings.parse({ ...j().settings, ...patch })
      await store.mutate((journal) => {
        journal.settings = updated
      })
      return updated
    },
  }
}
