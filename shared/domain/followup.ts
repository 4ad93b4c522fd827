import { z } from 'zod'
import { Id, IsoDateTime, RecordBase, ShortText } from './common'

export const FollowUpStatus = z.enum(['pending', 'done', 'dismissed'])

export const FollowUp = RecordBase.extend({
  dueAt: IsoDateTime,
  personId: Id.optional(),
  eventId: Id.optional(),
  note: ShortText,
  status: FollowUpStatus,
  snoozedUntil: IsoDateTime.optional(),
  notifiedAt: IsoDateTime.optional(),
})
export type FollowUp = z.infer<typeof FollowUp>
export type FollowUpStatus = z.infer<typeof FollowUpStatus>
