import type { CaptureSaved, ParsedInput } from '../../../../shared/api/contract'
import { parseCapture } from '../../../../shared/capture/parseCapture'
import { localDay } from '../../../../shared/derive/localDay'
import { FollowUp, Interaction, Person } from '../../../../shared/domain'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { putRecord, requireEvent } from './records'
import type { DomainHandlers } from './registry'

/**
 * A note typed after an event, read into proposals (`capture:parse`, which writes nothing),
 * then what the person confirmed saved in one change (`capture:apply`): new people, the
 * conversation with everyone named, what was learned as a note on each, and the follow-up.
 */
export function captureHandlers(ctx: ServiceContext): DomainHandlers<'capture'> {
  const { store, now, newId } = ctx
  return {
    'capture:parse': (input: ParsedInput<'capture:parse'>) => {
      requireEvent(ctx, input.eventId, 'eventId')
      const journal = store.journal
      return parseCapture({
        text: input.text,
        now: now(),
        locale: input.locale,
        // Archived people are still people one meets again.
        people: journal.people.map((p) => ({ id: p.id, name: p.name, company: p.company })),
        events: journal.events.map((e) => ({ id: e.id, title: e.title, startsAt: e.startsAt })),
        eventId: input.eventId,
      })
    },

    'capture:apply': async (input: ParsedInput<'capture:apply'>): Promise<CaptureSaved> => {
      requireEvent(ctx, input.eventId, 'eventId')
      if (!input.people.length && !input.followUp) throw ServiceError.about('people', 'name someone you met, or a follow-up, so there is something to save.')
      if (input.conversation && !input.people.length) throw ServiceError.about('people', 'a conversation needs at least one person.')
      const at = now().toISOString()
      if (input.conversation && input.conversation.date > at)
        throw ServiceError.about('conversation.date', 'a conversation cannot be in the future. Pick today or earlier.')
      const known = new Map(store.journal.people.map((p) => [p.id, p]))
      for (const [i, person] of input.people.entries()) {
        if (person.id && !known.has(person.id)) throw ServiceError.about(`people.${i}.id`, `no person with id "${person.id}" is in this journal.`)
      }
      const learnedNotes = () => (input.learned ?? []).map((text) => ({ id: newId(), text, private: false, createdAt: at }))
      const metOn = localDay(input.conversation?.date ?? at)
      // Every record is built and checked before the one change that stores them all.
      const people = input.people.map((proposed) => {
        const existing = proposed.id ? known.get(proposed.id) : undefined
        if (existing) return Person.parse({ ...existing, notes: [...existing.notes, ...learnedNotes()], updatedAt: at })
        return Person.parse({
          id: newId(),
          createdAt: at,
          updatedAt: at,
          name: proposed.name,
          company: proposed.company,
          role: proposed.role,
          emails: [],
          phones: [],
          links: [],
          tags: [],
          howWeMet: { date: metOn, eventId: input.eventId },
          learned: [],
          notes: learnedNotes(),
          archived: false,
        })
      })
      const conversation = input.conversation
        ? Interaction.parse({ id: newId(), createdAt: at, updatedAt: at, ...input.conversation, personIds: people.map((p) => p.id), eventId: input.eventId })
        : undefined
      const followUp = input.followUp
        ? FollowUp.parse({
            id: newId(),
            createdAt: at,
            updatedAt: at,
            ...input.followUp,
            personId: people[0]?.id,
            eventId: people.length ? undefined : input.eventId,
            status: 'pending',
          })
        : undefined
      await store.mutate((journal) => {
        for (const person of people) putRecord(journal, 'people', person)
        if (conversation) journal.interactions.push(conversation)
        if (followUp) journal.followUps.push(followUp)
      })
      return { people, conversation, followUp }
    },
  }
}
