import type { CaptureSaved, Handlers, ParsedInput } from '../../../shared/api/contract'
import { parseCapture } from '../../../shared/capture/parseCapture'
import { localDay } from '../../../shared/derive/localDay'
import { FollowUp, Interaction, Person } from '../../../shared/domain'
import type { JournalStore } from './journalStore'

type Deps = { now: () => Date; newId: () => string }

/**
 * A note typed after an event, read into proposals (`capture:parse`, which writes nothing),
 * then what the person confirmed saved in one change (`capture:apply`): new people, the
 * conversation with everyone named, what was learned as a note on each, and the follow-up.
 */
export function createCaptureHandlers(store: JournalStore, { now, newId }: Deps): Pick<Handlers, 'capture:parse' | 'capture:apply'> {
  const requireEvent = (id: string | undefined) => {
    if (id && !store.journal.events.some((event) => event.id === id)) throw new Error(`eventId: no event with id "${id}" is in this journal.`)
  }
  return {
    'capture:parse': (input: ParsedInput<'capture:parse'>) => {
      requireEvent(input.eventId)
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
      requireEvent(input.eventId)
      if (!input.people.length && !input.followUp) throw new Error('people: name someone you met, or a follow-up, so there is something to save.')
      if (input.conversation && !input.people.length) throw new Error('people: a conversation needs at least one person.')
      const at = now().toISOString()
      if (input.conversation && input.conversation.date > at) throw new Error('conversation.date: a conversation cannot be in the future. Pick today or earlier.')
      const known = new Map(store.journal.people.map((p) => [p.id, p]))
      for (const [i, person] of input.people.entries()) {
        if (person.id && !known.has(person.id)) throw new Error(`people.${i}.id: no person with id "${person.id}" is in this journal.`)
      }
      const learnedNotes = () => (input.learned ?? []).map((text) => ({ id: newId(), text, private: false, createdAt: at }))
      const metOn = localDay(input.conversation?.date ?? at)
      // Every record is built and checked before the one change that stores them all.
      const people = input.people.map((proposed) => {
        const existing = proposed.id ? known.get(proposed.id) : undefined
        if (existing) return Person.parse({ ...existing, notes: [...existing.notes, ...learnedNotes()], updatedAt: at })
        return Person.parse({
          id: newId(), createdAt: at, updatedAt: at, name: proposed.name, company: proposed.company, role: proposed.role,
          emails: [], phones: [], links: [], tags: [], howWeMet: { date: metOn, eventId: input.eventId }, learned: [], notes: learnedNotes(), archived: false,
        })
      })
      const conversation = input.conversation
        ? Interaction.parse({ id: newId(), createdAt: at, updatedAt: at, ...input.conversation, personIds: people.map((p) => p.id), eventId: input.eventId })
        : undefined
      const followUp = input.followUp
        ? FollowUp.parse({ id: newId(), createdAt: at, updatedAt: at, ...input.followUp, personId: people[0]?.id, eventId: people.length ? undefined : input.eventId, status: 'pending' })
        : undefined
      await store.mutate((journal) => {
        for (const person of people) {
          const index = journal.people.findIndex((p) => p.id === person.id)
          if (index === -1) journal.people.push(person)
          else journal.people[index] = person
        }
        if (conversation) journal.interactions.push(conversation)
        if (followUp) journal.followUps.push(followUp)
      })
      return { people, conversation, followUp }
    },
  }
}
