import type { Handlers, PrintRequest, PrintResult } from '../../../shared/api/contract'
import { Icebreaker, LIMITS, Person, Profile, type Journal } from '../../../shared/domain'
import { cheatSheet } from '../../../shared/derive/cheatSheet'
import { dedupeMyAnswers, isoDay, requireKnownIcebreakers, withAnswer } from '../../../shared/derive/icebreakers'
import type { JournalStore } from './journalStore'
import type { Derived } from '../../../shared/derive/derived'

export type CheatSheetChannel =
  | 'cheatsheet:get'
  | 'icebreakers:list'
  | 'icebreakers:create'
  | 'icebreakers:update'
  | 'people:answer'
  | 'profile:get'
  | 'profile:update'
  | 'print:cheatsheet'

/** Prints or saves the sheet; only the desktop app has one (the browser bridge does not). */
export type CheatSheetPrinter = (request: PrintRequest) => Promise<PrintResult>

export type CheatSheetDeps = {
  now: () => Date
  newId: () => string
  find: <T extends { id: string }>(list: T[], id: string, what: string) => T
  print?: CheatSheetPrinter
  derived: () => Derived
}

export const NO_PRINTER = "Printing needs the Kith desktop app; use your browser's Print instead."

/** The pre-event cheat sheet, the icebreakers behind it, my own answers, and printing. */
export function createCheatSheetHandlers(store: JournalStore, { now, newId, find, print, derived }: CheatSheetDeps): Pick<Handlers, CheatSheetChannel> {
  const j = (): Journal => store.journal
  const replace = <T extends { id: string }>(list: (journal: Journal) => T[], updated: T) =>
    store.mutate((journal) => {
      const records = list(journal)
      records[records.findIndex((r) => r.id === updated.id)] = updated
    })

  return {
    'cheatsheet:get': ({ eventId }) => cheatSheet(j(), find(j().events, eventId, 'event'), now(), derived()),

    'icebreakers:list': ({ includeHidden }) => j().icebreakers.filter((ib) => includeHidden || !ib.hidden),
    'icebreakers:create': async ({ question }) => {
      if (j().icebreakers.length >= LIMITS.listItems) {
        throw new Error(`Kith keeps at most ${LIMITS.listItems} icebreakers; edit or hide one you no longer use instead.`)
      }
      const at = now().toISOString()
      const icebreaker = Icebreaker.parse({ id: newId(), createdAt: at, updatedAt: at, question, builtIn: false, hidden: false })
      await store.mutate((journal) => journal.icebreakers.push(icebreaker))
      return icebreaker
    },
    'icebreakers:update': async ({ id, patch }) => {
      // Ids never change, so answers already stored on people keep pointing at the edited question.
      const updated = Icebreaker.parse({ ...find(j().icebreakers, id, 'icebreaker'), ...patch, updatedAt: now().toISOString() })
      await replace((journal) => journal.icebreakers, updated)
      return updated
    },

    'people:answer': async ({ personId, icebreakerId, answer, askedOn }) => {
      const person = find(j().people, personId, 'person')
      find(j().icebreakers, icebreakerId, 'icebreaker')
      const learned = withAnswer(person, { icebreakerId, answer, askedOn: askedOn ?? isoDay(now()) })
      const updated = Person.parse({ ...person, learned, updatedAt: now().toISOString() })
      await replace((journal) => journal.people, updated)
      return updated
    },

    'profile:get': () => j().profile,
    'profile:update': async ({ patch }) => {
      if (patch.answers) requireKnownIcebreakers(j().icebreakers, patch.answers.map((a) => a.icebreakerId))
      const merged = { ...j().profile, ...patch }
      const updated = Profile.parse({ ...merged, answers: dedupeMyAnswers(merged.answers) })
      await store.mutate((journal) => {
        journal.profile = updated
      })
      return updated
    },

    'print:cheatsheet': (input) => {
      const event = find(j().events, input.eventId, 'event')
      if (!print) throw new Error(NO_PRINTER)
      return print({ ...input, eventTitle: event.title })
    },
  }
}
