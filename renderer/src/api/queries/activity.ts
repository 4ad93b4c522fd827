import { queryOptions } from '@tanstack/react-query'
import { ask } from '../client'
import { reads } from '../journalChanges'

/** Conversations and referrals: the records behind the activity feed and the referral ledger. */
export const activityQueries = {
  interactions: (filter: { personId?: string } = {}) =>
    queryOptions({ queryKey: ['interactions', 'list', filter], queryFn: ask((kith) => kith.interactions.list(filter)), meta: reads('interactions') }),
  referrals: () => queryOptions({ queryKey: ['referrals', 'list'], queryFn: ask((kith) => kith.referrals.list({})), meta: reads('referrals') }),
  ledger: () => queryOptions({ queryKey: ['referrals', 'ledger'], queryFn: ask((kith) => kith.referrals.ledger({})), meta: reads('referrals', 'people') }),
}
