import { z } from 'zod'
import { Id, IsoDateTime, LongText, Name, RecordBase, ShortText, listOf, LIMITS } from './common'

export const EVENT_KINDS = ['party', 'chamber-mixer', 'leads-group', 'conference', 'one-to-one', 'dinner', 'other'] as const
export const EventKind = z.enum(EVENT_KINDS)

export const WantToMeet = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')

export const NetworkEvent = RecordBase.extend({
  title: Name,
  kind: EventKind,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime.optional(),
  venue: ShortText.optional(),
  featuredSpeaker: ShortText.optional(),
  heardSpeakerBefore: z.boolean().optional(),
  goals: LongText.optional(),
  expectedAttendeeIds: listOf(Id, LIMITS.bigList),
  /** Who I hope to meet there, in my words ("commercial property managers"); printed on the cheat sheet. */
  wantToMeet: listOf(WantToMeet, 50).optional(),
  notes: LongText.optional(),
})
export type NetworkEvent = z.infer<typeof NetworkEvent>
export type EventKind = z.infer<typeof EventKind>
