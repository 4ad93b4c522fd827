import { queryOptions } from '@tanstack/react-query'
import { ask } from '../client'
import { reads } from '../journalChanges'

export const eventQueries = {
  list: () => queryOptions({ queryKey: ['events', 'list'], queryFn: ask((kith) => kith.events.list({})), meta: reads('events') }),
  detail: (id: string) => queryOptions({ queryKey: ['events', id], queryFn: ask((kith) => kith.events.get({ id })), meta: reads('events') }),
  /** The printable sheet: who is expected, what you know of them, your icebreakers and profile. */
  cheatSheet: (id: string) =>
    queryOptions({
      queryKey: ['events', id, 'cheatsheet'],
      queryFn: ask((kith) => kith.cheatsheet.get({ eventId: id })),
      meta: reads('events', 'people', 'interactions', 'referrals', 'followUps', 'icebreakers', 'profile'),
    }),
}
