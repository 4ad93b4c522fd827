import { queryOptions } from '@tanstack/react-query'
import type { FollowUp } from '../../../../shared/domain'
import { ask } from '../client'
import { reads } from '../journalChanges'

export const followUpQueries = {
  list: (status?: FollowUp['status']) =>
    queryOptions({
      queryKey: ['followups', 'list', { status }],
      queryFn: ask((kith) => kith.followups.list(status ? { status } : {})),
      meta: reads('followUps'),
    }),
  /** People past their cadence with nothing planned: derived from the whole relationship. */
  suggested: (limit: number) =>
    queryOptions({
      queryKey: ['followups', 'suggested', limit],
      queryFn: ask((kith) => kith.followups.suggested({ limit })),
      meta: reads('people', 'events', 'interactions', 'referrals', 'followUps'),
    }),
}
