import { z } from 'zod'
import { IsoDate, LongText } from '../../domain'
import { ReviewStep, TimeZoneName, WeeklyReview } from '../../domain/review'
import type { ReviewHistory, WeeklyReviewModel } from '../../derive/weeklyReview'
import { ById, Empty, call, declareCalls } from '../call'

/** The user's zone and first weekday; the main process's own when the renderer does not say. */
const ReviewWeekOptions = {
  timeZone: TimeZoneName.optional(),
  weekStartsOn: z.number().int().min(0, 'must be 0 (Sunday) to 6 (Saturday)').max(6, 'must be 0 (Sunday) to 6 (Saturday)').optional(),
}

/** The weekly review: the week's figures come from shared/derive/weeklyReview, never the renderer. */
export const reviewCalls = declareCalls(
  'reviews',
  'review',
)({
  'reviews:list': call<WeeklyReview[]>('list weekly reviews')(Empty),
  'reviews:get': call<WeeklyReview>('open the weekly review')(ById),
  /** Creates or updates the review of the week containing `weekStart`; `complete` finishes it. */
  'reviews:save': call<WeeklyReview>('save the weekly review')(
    z.object({
      weekStart: IsoDate,
      wentWell: LongText.optional(),
      intentions: LongText.optional(),
      step: ReviewStep.optional(),
      complete: z.boolean().optional(),
      ...ReviewWeekOptions,
    }),
  ),
  'reviews:history': call<ReviewHistory>('list past weekly reviews')(z.object(ReviewWeekOptions)),
  'review:summary': call<WeeklyReviewModel>('build the weekly summary')(z.object({ weekStart: IsoDate.optional(), ...ReviewWeekOptions })),
})
