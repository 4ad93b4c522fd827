import { z } from 'zod'
import { Id, InteractionKind, IsoDateTime, LIMITS, Name, ShortText, listOf, type FollowUp, type Interaction, type Person } from '../../domain'
import type { CaptureProposal } from '../../capture/parseCapture'
import { call, declareCalls } from '../call'

export type CaptureSaved = { people: Person[]; conversation?: Interaction; followUp?: FollowUp }

/** Capture at the event: a typed note read into proposals, and what the person confirmed of them. */
export const captureCalls = declareCalls('capture')({
  // Proposals only: nothing is written until the person confirms them.
  'capture:parse': call<CaptureProposal>('read the note')(
    z.object({
      text: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(LIMITS.shortText * 4, `must be at most ${LIMITS.shortText * 4} characters`),
      eventId: Id.optional(),
      locale: z.string().max(35).optional(),
    }),
  ),
  // What the person confirmed of those proposals, saved in one change: all of it or none.
  'capture:apply': call<CaptureSaved>('save what you captured')(
    z.object({
      eventId: Id.optional(),
      people: listOf(z.object({ id: Id.optional(), name: Name, role: ShortText.optional(), company: ShortText.optional() }), 20),
      conversation: z.object({ date: IsoDateTime, kind: InteractionKind, summary: ShortText }).optional(),
      learned: listOf(ShortText, 20).optional(),
      followUp: z.object({ dueAt: IsoDateTime, note: ShortText }).optional(),
    }),
  ),
})
