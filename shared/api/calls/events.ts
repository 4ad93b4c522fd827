import { z } from 'zod'
import { EventKind, Id, IsoDateTime, LIMITS, LongText, Name, NetworkEvent, ShortText, listOf } from '../../domain'
import { ById, ClientId, Empty, STAMPED, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

/** Events you go to: the people you expect there, your goals, and who you want to meet. */
export const eventCalls = declareCalls('events')({
  'events:create': call<NetworkEvent>('add the event')(
    NetworkEvent.omit(STAMPED)
      .extend({ kind: EventKind.optional(), expectedAttendeeIds: listOf(Id, LIMITS.bigList).optional(), clientId: ClientId })
      .refine((e) => !e.endsAt || Date.parse(e.endsAt) >= Date.parse(e.startsAt), {
        message: 'must not be before the start',
        path: ['endsAt'],
      }),
  ),
  'events:list': call<NetworkEvent[]>('list events')(Empty),
  'events:get': call<NetworkEvent>('open the event')(ById),
  /** Edits an event; the service checks the end is not before the start once the patch is applied. */
  'events:update': call<NetworkEvent>('save the event')(
    z.object({
      id: Id,
      patch: z
        .object({
          title: Name,
          kind: EventKind,
          startsAt: IsoDateTime,
          endsAt: IsoDateTime,
          venue: ShortText,
          featuredSpeaker: ShortText,
          goals: LongText,
          notes: LongText,
          expectedAttendeeIds: listOf(Id, LIMITS.bigList),
        })
        .partial(),
    }),
  ),
  'events:delete': call<TrashItem>('delete the event')(ById),
})
