import { z } from 'zod'
import { Id, Interaction } from '../../domain'
import { ById, ClientId, STAMPED, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

/** Conversations: who, when, what about. */
export const interactionCalls = declareCalls('interactions')({
  'interactions:create': call<Interaction>('log the interaction')(Interaction.omit(STAMPED).extend({ clientId: ClientId })),
  'interactions:list': call<Interaction[]>('list interactions')(z.object({ personId: Id.optional() })),
  'interactions:delete': call<TrashItem>('delete the interaction')(ById),
})
