import { z } from 'zod'
import { Id, Interaction, InteractionKind, IsoDateTime, LongText, ShortText, listOf } from '../../domain'
import { ById, ClientId, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

/** Conversations: who, when, what about. */
export const interactionCalls = declareCalls('interactions')({
  'interactions:create': call<Interaction>('log the interaction')(
    z.object({
      date: IsoDateTime,
      kind: InteractionKind,
      personIds: listOf(Id, 200).min(1, 'must name at least one person'),
      eventId: Id.optional(),
      summary: ShortText,
      notes: LongText.optional(),
      clientId: ClientId,
    }),
  ),
  'interactions:list': call<Interaction[]>('list interactions')(z.object({ personId: Id.optional() })),
  'interactions:delete': call<TrashItem>('delete the interaction')(ById),
})
