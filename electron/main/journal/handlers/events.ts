import { NetworkEvent } from '../../../../shared/domain'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { deleteToTrash, find, insert, putRecord, requirePerson, stamp } from './records'
import type { DomainHandlers } from './registry'

/** Events you go to: who you expect there, what you want from them. */
export function eventHandlers(ctx: ServiceContext): DomainHandlers<'events'> {
  const { store, journal, now } = ctx
  return {
    'events:create': ({ clientId, ...input }) => {
      for (const id of input.expectedAttendeeIds ?? []) requirePerson(ctx, id, 'expectedAttendeeIds')
      return insert(
        ctx,
        'events',
        NetworkEvent,
        { ...stamp(ctx, clientId), kind: 'other', ...input, expectedAttendeeIds: input.expectedAttendeeIds ?? [] },
        clientId,
      )
    },
    'events:list': () => journal().events,
    'events:get': ({ id }) => find(journal().events, id, 'event'),
    'events:update': async ({ id, patch }) => {
      const event = find(journal().events, id, 'event')
      for (const personId of patch.expectedAttendeeIds ?? []) requirePerson(ctx, personId, 'expectedAttendeeIds')
      const updated = NetworkEvent.parse({ ...event, ...patch, updatedAt: now().toISOString() })
      if (updated.endsAt && Date.parse(updated.endsAt) < Date.parse(updated.startsAt))
        throw ServiceError.about('endsAt', 'the end must not be before the start.')
      await store.mutate((draft) => putRecord(draft, 'events', updated))
      return updated
    },
    'events:delete': deleteToTrash(ctx, 'event'),
  }
}
