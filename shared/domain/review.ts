import { z } from 'zod'
import { IsoDate, IsoDateTime, LongText, RecordBase, boundedRecord } from './common'

/** The steps of the guided review, in order; `step` remembers where the user left off. */
export const REVIEW_STEPS = ['numbers', 'new-people', 'going-cold', 'overdue', 'give-and-take', 'next-week', 'reflection'] as const
export const ReviewStep = z.enum(REVIEW_STEPS)
export type ReviewStep = z.infer<typeof ReviewStep>

/** An IANA time zone name such as Europe/Berlin, checked against the runtime's zone database. */
export const TimeZoneName = z
  .string()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'must be a time zone name such as Europe/Berlin or America/New_York')

/** A completed (or in-progress) weekly review: the reflection the user wrote. */
export const WeeklyReview = RecordBase.extend({
  weekStart: IsoDate,
  completedAt: IsoDateTime.optional(),
  wentWell: LongText,
  intentions: LongText,
  /** Figures as they stood when the review was saved, so history never shifts. */
  snapshot: boundedRecord(z.string().max(64), z.number(), 200).optional(),
  /** Where an unfinished review was left, so it resumes there. Optional: older reviews have none. */
  step: ReviewStep.optional(),
  /** The time zone the week was reckoned in when saved. Not checked against the zone database, so a journal never fails to open over a renamed zone. */
  timeZone: z.string().max(64).optional(),
})
export type WeeklyReview = z.infer<typeof WeeklyReview>
