import { localDay, localNoon, morningAfter } from '../../../shared/derive/localDay'
import type { Handlers, ParsedInput } from '../../../shared/api/contract'
import { FollowUp, Interaction, LIMITS, Person } from '../../../shared/domain'
import { peopleOverview, personTimeline, referralBalance, referralStanding, timelineModel, unreturnedReferrers, type Derived, type TimelineModel } from '../../../shared/derive'
import { mergePersonRecords, redirectPersonReferences } from '../../../shared/ops/mergePeople'
import { JournalSearch } from '../../../shared/search/searchIndex'
import type { JournalStore } from './journalStore'
import { packTimeline, TimelinePacker, type PackedTimeline } from '../../../shared/api/packedTimeline'

type NetworkChannels = 'timeline:get' | 'timeline:packed' | 'people:overview' | 'people:timeline' | 'search:query' | 'people:merge' | 'people:capture' | 'referrals:ledger' | 'referrals:update'

type Deps = {
  now: () => Date
  newId: () => string
  find: <T extends { id: string }>(list: T[], id: string, what: string) => T
  derived: () => Derived
}

/** Answers by filter (a few kept), for as long as the derived views they were made from are current. */
function byFilter<F, T>(derived: () => Derived, compute: (filter: F) => T): (filter: F) => T {
  const caches = new WeakMap<Derived, Map<string, T>>()
  return (filter) => {
    const views = derived()
    let cache = caches.get(views)
    if (!cache) caches.set(views, (cache = new Map()))
    const key = JSON.stringify(filter ?? {})
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= 8) cache.clear()
      cache.set(key, (value = compute(filter)))
    }
    return value
  }
}

/** The network's views and the calls that reshape it: timeline, people list, search, merge, quick capture, ledger. */
const MERGE_BACKUP_EVERY_MS = 10 * 60 * 1000

export function createNetworkHandlers(store: JournalStore, { now, newId, find, derived }: Deps): Pick<Handlers, NetworkChannels> {
  const j = () => store.journal
  const rels = () => derived().rels
  let lastMergeBackup = -Infinity
  // One index for the life of the store, brought up to date per revision: a change re-indexes one record, not 57,000.
  let index: JournalSearch | undefined
  let indexedRevision = -1
  const search = () => {
    if (!index) index = new JournalSearch(store.journal)
    else if (indexedRevision !== store.revision) index.update(store.journal)
    indexedRevision = store.revision
    return index
  }

  // The renderer asks again on every visit to the timeline and the people list: same views and filter, same answer.
  const timelineFor = byFilter(derived, (filter: ParsedInput<'timeline:get'>) => timelineModel(j(), now(), filter, derived().rels, derived().index))
  const overviewFor = byFilter(derived, (filter: ParsedInput<'people:overview'>) => peopleOverview(j(), rels(), filter))
  const packedTimelines = new WeakMap<TimelineModel, PackedTimeline>()
  const packer = new TimelinePacker()

  return {
    'timeline:get': (filter) => timelineFor(filter),
    // The same lanes in the compact form the renderer asks for, packed once per model; the
    // first screenful (`firstLanes`) is cut from the same cached model, so it agrees with the whole.
    'timeline:packed': ({ firstLanes, ...filter }) => {
      const model = timelineFor(filter)
      if (firstLanes !== undefined) return packTimeline(model, firstLanes)
      let packed = packedTimelines.get(model)
      if (!packed) packedTimelines.set(model, (packed = packer.pack(model)))
      return packed
    },
    'people:overview': (filter) => overviewFor(filter),
    'people:timeline': ({ id }) => {
      find(j().people, id, 'person')
      const balance = referralBalance(j().referrals).byPerson.get(id) ?? { given: 0, received: 0, closedValueGiven: 0, closedValueReceived: 0 }
      return { ...personTimeline(j(), id, rels().get(id)!), relationship: rels().get(id)!, balance }
    },
    'search:query': ({ query, limit }) => search().search(query, limit),

    'people:merge': async ({ keepId, mergeId }) => {
      if (keepId === mergeId) throw new Error('Choose two different people to merge.')
      const keep = find(j().people, keepId, 'person')
      const other = find(j().people, mergeId, 'person')
      const merged = Person.parse(mergePersonRecords(keep, other, now().toISOString()))
      // A merge rewrites references across the journal: the copy before it is one restore away.
      // One such backup per ten minutes: merging a list of duplicates must not fill the backups folder.
      if (now().getTime() - lastMergeBackup >= MERGE_BACKUP_EVERY_MS) {
        await store.backupNow('before-merge')
        lastMergeBackup = now().getTime()
      }
      await store.mutate((journal) => {
        redirectPersonReferences(journal, mergeId, keepId)
        journal.people = journal.people.filter((p) => p.id !== mergeId).map((p) => (p.id === keepId ? { ...merged, howWeMet: p.howWeMet.introducedById === keepId ? { ...merged.howWeMet, introducedById: undefined } : merged.howWeMet } : p))
      })
      return find(j().people, keepId, 'person')
    },

    'people:capture': async (input: ParsedInput<'people:capture'>) => {
      const event = input.eventId ? find(j().events, input.eventId, 'event') : undefined
      const at = now().toISOString()
      const today = localDay(now())
      // Nobody is met in the future: "last contact" would be ahead of today.
      if (event && Date.parse(event.startsAt) > now().getTime()) throw new Error(`eventId: the event “${event.title}” has not happened yet. Capture the people you met there once it has started.`)
      if (!event && input.metOn && input.metOn > today) throw new Error('metOn: you cannot have met in the future. Pick today or an earlier day.')
      // The meeting: the event's start, or the day given (now when that is today).
      const metAt = event ? event.startsAt : input.metOn && input.metOn !== today ? localNoon(input.metOn).toISOString() : at
      const created = input.people.map((row) => {
        const known = row.personId ? find(j().people, row.personId, 'person') : undefined
        const person =
          known ??
          Person.parse({
            id: newId(), createdAt: at, updatedAt: at, name: row.name, company: row.company, emails: [], phones: [], links: [], tags: input.tags ?? [],
            howWeMet: { date: localDay(metAt), eventId: input.eventId }, learned: [], notes: [], archived: false,
          })
        // Someone already known was seen again (a contact), not met for the first time.
        // Parsed like every other record, so the journal on disk always loads again (the fuzzer found a 511-character note).
        const interaction = Interaction.parse({ id: newId(), createdAt: at, updatedAt: at, date: metAt, kind: known ? ('event' as const) : ('met' as const), personIds: [person.id], eventId: input.eventId, summary: row.talkedAbout || (known ? `Saw ${person.name} again` : `Met ${person.name}`) })
        // "Follow up in 3 days" counts from the meeting, as the person saw it, not from when it was typed.
        const followUp = row.followUpInDays
          ? FollowUp.parse({ id: newId(), createdAt: at, updatedAt: at, dueAt: morningAfter(metAt, row.followUpInDays).toISOString(), personId: person.id, note: (row.talkedAbout ? `Follow up: ${row.talkedAbout}` : `Follow up with ${person.name}`).slice(0, LIMITS.shortText), status: 'pending' as const })
          : undefined
        return { person, isNew: !known, interaction, followUp }
      })
      // One mutation: the whole capture is saved, or none of it.
      await store.mutate((journal) => {
        for (const c of created) {
          if (c.isNew) journal.people.push(c.person)
          journal.interactions.push(c.interaction)
          if (c.followUp) journal.followUps.push(c.followUp)
        }
      })
      return created.map((c) => c.person)
    },

    'referrals:ledger': () => {
      const names = new Map(j().people.map((p) => [p.id, p.name]))
      const byPerson = new Map([...referralBalance(j().referrals).byPerson].filter(([id]) => names.has(id)))
      return {
        overall: referralBalance(j().referrals).overall,
        standing: referralStanding(byPerson),
        byPerson: [...byPerson].map(([personId, b]) => ({ personId, name: names.get(personId)!, ...b })).sort((a, b) => b.received + b.given - (a.received + a.given)),
        unreturned: unreturnedReferrers(j()).map((u) => ({ ...u, name: names.get(u.personId)! })),
      }
    },
    'referrals:update': async ({ id, patch }) => {
      const referral = find(j().referrals, id, 'referral')
      const updated = { ...referral, ...patch, updatedAt: now().toISOString() }
      await store.mutate((journal) => {
        journal.referrals = journal.referrals.map((r) => (r.id === id ? updated : r))
      })
      return updated
    },
  }
}
