import { localDay } from '../../../../shared/derive/localDay'
import { Interaction } from '../../../../shared/domain'
import type { ServiceContext } from './context'
import { deleteToTrash, insert, refuseFutureDay, requireEvent, requirePerson, stamp } from './records'
import type { DomainHandlers } from './registry'

/** Conversations logged with one or more people. */
export function interactionHandlers(ctx: ServiceContext): DomainHandlers<'interactions'> {
  return {
    'interactions:create': ({ clientId, ...input }) => {
      refuseFutureDay(ctx, localDay(input.date), 'date')
      for (const id of input.personIds) requirePerson(ctx, id, 'personIds')
      requireEvent(ctx, input.eventId, 'eventId')
      return insert(ctx, 'interactions', Interaction, { ...stamp(ctx, clientId), ...input }, clientId)
    },
    'interactions:list': ({ personId }) => (personId ? ctx.journal().interactions.filter((i) => i.personIds.includes(personId)) : ctx.journal().interactions),
    'interactions:delete': deleteToTrash(ctx, 'interaction'),
  }
}
