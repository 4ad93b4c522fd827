import type { Handlers, ParsedInput } from '../../../shared/api/contract'
import { parseCapture } from '../../../shared/capture/parseCapture'
import type { JournalStore } from './journalStore'

/**
 * Reading what a person typed after an event into proposals (people, event, conversation,
 * what was learned, follow-up). It only reads the journal: the renderer saves what the person
 * confirms through the calls that write.
 */
export function createCaptureHandlers(store: JournalStore, { now }: { now: () => Date }): Pick<Handlers, 'capture:parse'> {
  return {
    'capture:parse': (input: ParsedInput<'capture:parse'>) => {
      const journal = store.journal
      if (input.eventId && !journal.events.some((event) => event.id === input.eventId)) throw new Error(`eventId: no event with id "${input.eventId}" is in this journal.`)
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
  }
}
