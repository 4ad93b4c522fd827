import { z } from 'zod'
import { Id, ShortText } from '../../domain'
import { Icebreaker, Profile } from '../../domain/profile'
import type { CheatSheet } from '../../derive/cheatSheet'
import { Empty, call, declareCalls } from '../call'

const IcebreakerQuestion = ShortText.trim().min(1, 'is required')
const PrintCheatSheet = z.object({ eventId: Id, paper: z.enum(['A4', 'Letter']), to: z.enum(['printer', 'pdf']) })

/** What the main process's printer receives: the parsed call plus the event title for the file name. */
export type PrintRequest = z.output<typeof PrintCheatSheet> & { eventTitle: string }
/** A cancelled dialog is an outcome, not an error. */
export type PrintResult = { outcome: 'printed' } | { outcome: 'saved'; path: string } | { outcome: 'cancelled' }

/** The pre-event cheat sheet, the icebreakers behind it, your own profile and answers, and printing. */
export const cheatSheetCalls = declareCalls(
  'cheatsheet',
  'icebreakers',
  'profile',
  'print',
)({
  'cheatsheet:get': call<CheatSheet>('build the cheat sheet')(z.object({ eventId: Id })),
  'icebreakers:list': call<Icebreaker[]>('list icebreakers')(z.object({ includeHidden: z.boolean().optional() })),
  'icebreakers:create': call<Icebreaker>('add the icebreaker')(z.object({ question: IcebreakerQuestion })),
  'icebreakers:update': call<Icebreaker>('save the icebreaker')(
    z.object({ id: Id, patch: z.object({ question: IcebreakerQuestion, hidden: z.boolean() }).partial() }),
  ),
  'profile:get': call<Profile>('read your profile')(Empty),
  'profile:update': call<Profile>('save your profile')(z.object({ patch: Profile.partial() })),
  'print:cheatsheet': call<PrintResult>('print the cheat sheet')(PrintCheatSheet),
})
