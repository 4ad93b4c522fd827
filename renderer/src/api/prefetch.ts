import type { QueryClient } from '@tanstack/react-query'
import { journalQueries } from './queries/journal'
import { DEFAULT_PEOPLE_FILTER, peopleQueries } from './queries/people'
import { timelineQueries } from './queries/timeline'

/**
 * Starts the calls the first screen needs while the app's code is still loading, so the
 * answers are in the cache (or on their way) when the page first renders instead of being
 * asked for one after another. `hash` is the route the window opens on.
 */
export function prefetchFirstScreen(client: QueryClient, hash: string): void {
  const route = hash.replace(/^#/, '').split('?')[0] || '/'
  void client.prefetchQuery(journalQueries.status())
  void client.prefetchQuery(journalQueries.settings())
  if (route === '/' || route === '/timeline') {
    // Only the first screenful: the page asks for the whole timeline once it has drawn this (see useTimelineLanes).
    void client.prefetchQuery(timelineQueries.head({ eventId: null, includeArchived: false }))
  } else if (route === '/people') {
    void client.prefetchQuery(peopleQueries.overview({ ...DEFAULT_PEOPLE_FILTER, text: undefined }))
  }
}
