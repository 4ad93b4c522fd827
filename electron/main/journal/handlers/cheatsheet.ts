import type { PrintRequest, PrintResult } from '../../../../shared/api/contract'
import { cheatSheet } from '../../../../shared/derive/cheatSheet'
import { dedupeMyAnswers, requireKnownIcebreakers } from '../../../../shared/derive/icebreakers'
import { Icebreaker, LIMITS, Profile } from '../../../../shared/domain'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { find, putRecord } from './records'
import type { DomainHandlers } from './registry'

/** Prints or saves the sheet; only the desktop app has one (the browser bridge does not). */
export type CheatSheetPrinter = (request: PrintRequest) => Promise<PrintResult>

export const NO_PRINTER = "Printing needs the Kith desktop app; use your browser's Print instead."

/** The pre-event cheat sheet, the icebreakers behind it, your own profile and answers, and printing. */
export function cheatSheetHandlers({
  store,
  journal: j,
  now,
  newId,
  derived,
  print,
}: ServiceContext): DomainHandlers<'cheatsheet' | 'icebreakers' | 'profile' | 'print'> {
  return {
    'cheatsheet:get': ({ eventId }) => cheatSheet(j(), find(j().events, eventId, 'event'), now(), derived()),

    'icebreakers:list': ({ includeHidden }) => j().icebreakers.filter((ib) => includeHidden || !ib.hidden),
    'icebreakers:create': async ({ question }) => {
      if (j().icebreakers.length >= LIMITS.listItems) {
        throw new ServiceError(`Kith keeps at most ${LIMITS.listItems} icebreakers; edit or hide one you no longer use instead.`)
      }
      const at = now().toISOString()
      const icebreaker = Icebreaker.parse({ id: newId(), createdAt: at, updatedAt: at, question, builtIn: false, hidden: false })
      await store.mutate((journal) => {
        journal.icebreakers.push(icebreaker)
      })
      return icebreaker
    },
    'icebreakers:update': async ({ id, patch }) => {
      // Ids never change, so answers already stored on people keep pointing at the edited question.
      const updated = Icebreaker.parse({ ...find(j().icebreakers, id, 'icebreaker'), ...patch, updatedAt: now().toISOString() })
      await store.mutate((journal) => putRecord(journal, 'icebreakers', updated))
      return updated
    },

    'profile:get': () => j().profile,
    'profile:update': async ({ patch }) => {
      if (patch.answers)
        requireKnownIcebreakers(
          j().icebreakers,
          patch.answers.map((a) => a.icebreakerId),
        )
      const merged = { ...j().profile, ...patch }
      const updated = Profile.parse({ ...merged, answers: dedupeMyAnswers(merged.answers) })
      await store.mutate((journal) => {
        journal.profile = updated
      })
      return updated
    },

    'print:cheatsheet': (input) => {
      const event = find(j().events, input.eventId, 'event')
      if (!print) throw new ServiceError(NO_PRINTER)
      return print({ ...input, eventTitle: event.title })
    },
  }
}
