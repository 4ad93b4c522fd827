import { z } from 'zod'
import { Id, IsoDateTime, LongText, RecordBase, ShortText, listOf } from './common'

export const INTERACTION_KINDS = ['met', 'follow-up', 'call', 'email', 'coffee', 'one-to-one', 'event', 'note'] as const
export const InteractionKind = z.enum(INTERACTION_KINDS)

/** A conversation or touch point with one or more people. */
export const Interaction = RecordBase.extend({
  date: IsoDateTime,
  kind: InteractionKind,
  personIds: listOf(Id, 200).min(1, 'must name at least one person'),
  eventId: Id.optional(),
  summary: ShortText,
  notes: LongText.optional(),
})
export type Interaction = z.infer<typeof Interaction>
export type InteractionKind = z.infer<typeof InteractionKind>
