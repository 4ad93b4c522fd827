import { queryOptions } from '@tanstack/react-query'
import type { PeopleFilter } from '../../../../shared/derive/peopleOverview'
import { ask } from '../client'
import { reads } from '../journalChanges'

/** What a person's derived views (stage, story, balance) are made from. */
const RELATIONSHIPS = reads('people', 'events', 'interactions', 'referrals', 'followUps')

export const DEFAULT_PEOPLE_FILTER: PeopleFilter = { sort: 'lastContact' }

/** `['people', …]`: the records, the overview rows, and each person's own views under their id. */
export const peopleQueries = {
  list: (filter: { includeArchived?: boolean } = {}) =>
    queryOptions({ queryKey: ['people', 'list', filter], queryFn: ask((kith) => kith.people.list(filter)), meta: reads('people') }),
  overview: (filter: PeopleFilter = {}) =>
    queryOptions({ queryKey: ['people', 'overview', filter], queryFn: ask((kith) => kith.people.overview(filter)), meta: RELATIONSHIPS }),
  detail: (id: string) => queryOptions({ queryKey: ['people', id], queryFn: ask((kith) => kith.people.get({ id })), meta: reads('people') }),
  /** The person's own story, relationship and balance, in one call. */
  timeline: (id: string) => queryOptions({ queryKey: ['people', id, 'timeline'], queryFn: ask((kith) => kith.people.timeline({ id })), meta: RELATIONSHIPS }),
}
