import { z } from 'zod'
import { IsoDate, IsoDateTime, LongText, RecordBase, boundedRecord } from './common'

/** A completed (or in-progress) weekly review: the reflection the user wrote. */
export const WeeklyReview = RecordBase.extend({
  weekStart: IsoDate,
  completedAt: IsoDateTime.optional(),
  wentWell: LongText,
  intentions: LongText,
  /** Figures as they stood when the review was saved, so history never shifts. */
  snapshot: boundedRecord(z.string().max(64), z.number(), 200).optional(),
})
export type WeeklyReview = z.infer<typeof WeeklyReview>
