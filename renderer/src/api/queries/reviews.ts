import { queryOptions } from '@tanstack/react-query'
import type { WeekOptions } from '../../../../shared/derive/review/calendar'
import { ask } from '../client'

/** The weekly review reads every part of the journal (figures, people, follow-ups, events). */
export const reviewQueries = {
  summary: (weekStart: string | undefined, options: WeekOptions) =>
    queryOptions({
      queryKey: ['reviews', 'summary', weekStart ?? 'this week', options],
      queryFn: ask((kith) => kith.review.summary({ weekStart, ...options })),
    }),
  history: (options: WeekOptions) => queryOptions({ queryKey: ['reviews', 'history', options], queryFn: ask((kith) => kith.reviews.history(options)) }),
}
