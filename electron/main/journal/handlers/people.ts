import type { ParsedInput } from '../../../../shared/api/contract'
import { peopleOverview, personTimeline, referralBalance } from '../../../../shared/derive'
import { isoDay, withAnswer } from '../../../../shared/derive/icebreakers'
import { Person } from '../../../../shared/domain'
import { mergePersonRecords, redirectPersonReferences } from '../../../../shared/ops/mergePeople'
import { byFilter } from './byFilter'
import type { ServiceContext } from './context'
import { capturePeople } from './peopleCapture'
import { deleteToTrash, find, insert, putRecord, refuseFutureDay, requireEvent, requirePerson, stamp } from './records'
import type { DomainHandlers } from './registry'
import { ServiceError } from '../serviceError'

const MERGE_BACKUP_EVERY_MS = 10 * 60 * 1000
const NO_BALANCE = { given: 0, received: 0, closedValueGiven: 0, closedValueReceived: 0 }

/** The people you know: their records, the list and story views of them, merging, quick capture, answers, deletion. */
export function peopleHandlers(ctx: ServiceContext): DomainHandlers<'people'> {
  const { store, journal: j, now, newId, derived } = ctx
  const rels = () => derived().rels
  const overviewFor = byFilter(derived, (filter: ParsedInput<'people:overview'>) => peopleOverview(j(), rels(), filter))
  let lastMergeBackup = -Infinity

  return {
    'people:create': (input) => {
      refuseFutureDay(ctx, input.metOn, 'metOn')
      requireEvent(ctx, input.metAtEventId, 'metAtEventId')
      requirePerson(ctx, input.introducedById, 'introducedById')
      const base = stamp(ctx, input.clientId)
      const person = {
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
      }
      return insert(ctx, 'people', Person, person, input.clientId)
    },
    'people:list': ({ includeArchived }) => j().people.filter((p) => includeArchived || !p.archived),
    'people:get': ({ id }) => find(j().people, id, 'person'),
    'people:update': async ({ id, patch }) => {
      const person = find(j().people, id, 'person')
      const { metOn, metAtEventId, introducedById, ...fields } = patch
      requireEvent(ctx, metAtEventId, 'metAtEventId')
      requirePerson(ctx, introducedById, 'introducedById')
      const howWeMet = { ...person.howWeMet }
      refuseFutureDay(ctx, metOn ?? undefined, 'metOn')
      if ('metOn' in patch) howWeMet.date = metOn ?? undefined
      if ('metAtEventId' in patch) howWeMet.eventId = metAtEventId
      if ('introducedById' in patch) howWeMet.introducedById = introducedById
      const updated = Person.parse({ ...person, ...fields, howWeMet, updatedAt: now().toISOString() })
      await store.mutate((draft) => putRecord(draft, 'people', updated))
      return updated
    },

    'people:overview': (filter) => overviewFor(filter),
    'people:timeline': ({ id }) => {
      find(j().people, id, 'person')
      const balance = referralBalance(j().referrals).byPerson.get(id) ?? NO_BALANCE
      return { ...personTimeline(j(), id, rels().get(id)!), relationship: rels().get(id)!, balance }
    },

    'people:merge': async ({ keepId, mergeId }) => {
      if (keepId === mergeId) throw new ServiceError('Choose two different people to merge.')
      const keep = find(j().people, keepId, 'person')
      const other = find(j().people, mergeId, 'person')
      const merged = Person.parse(mergePersonRecords(keep, other, now().toISOString()))
      // A merge rewrites references across the journal: the copy before it is one restore away.
      // One such backup per ten minutes: merging a list of duplicates must not fill the backups folder.
      if (now().getTime() - lastMergeBackup >= MERGE_BACKUP_EVERY_MS) {
        await store.backupNow('before-merge')
        lastMergeBackup = now().getTime()
      }
      // The lists are rebuilt from the journal as it is, not from the draft: mapping a draft list would draft every record in it.
      const lists = { ...j() }
      redirectPersonReferences(lists, mergeId, keepId)
      const people = lists.people
        .filter((p) => p.id !== mergeId)
        .map((p) =>
          p.id === keepId
            ? { ...merged, howWeMet: p.howWeMet.introducedById === keepId ? { ...merged.howWeMet, introducedById: undefined } : merged.howWeMet }
            : p,
        )
      await store.mutate((journal) => {
        Object.assign(journal, { interactions: lists.interactions, referrals: lists.referrals, followUps: lists.followUps, events: lists.events, people })
      })
      return find(j().people, keepId, 'person')
    },

    'people:capture': (input) => capturePeople(ctx, input),

    'people:answer': async ({ personId, icebreakerId, answer, askedOn }) => {
      const person = find(j().people, personId, 'person')
      find(j().icebreakers, icebreakerId, 'icebreaker')
      const learned = withAnswer(person, { icebreakerId, answer, askedOn: askedOn ?? isoDay(now()) })
      const updated = Person.parse({ ...person, learned, updatedAt: now().toISOString() })
      await store.mutate((draft) => putRecord(draft, 'people', updated))
      return updated
    },

    'people:delete': deleteToTrash(ctx, 'person'),
  }
}
