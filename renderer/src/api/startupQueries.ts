import type { KithApi } from '../../../shared/api/kithApi'
import { unpackTimeline } from '../../../shared/api/packedTimeline'
import type { PeopleFilter } from '../../../shared/derive/peopleOverview'
import type { TimelineModel } from '../../../shared/derive/timeline'
import { seedQuery } from './querySeeds'

/** A load and the key the page's `useKithQuery` knows it by: the boot code and the page share one definition. */
export type QueryDefinition<T> = { key: string; load: (kith: KithApi) => Promise<T> }

export const statusQuery: QueryDefinition<Awaited<ReturnType<KithApi['journal']['status']>>> = { key: 'status', load: (kith) => kith.journal.status({}) }

export const settingsQuery: QueryDefinition<Awaited<ReturnType<KithApi['settings']['get']>>> = { key: 'settings', load: (kith) => kith.settings.get({}) }

/** The lanes travel packed (a third of the bytes of the plain model) and are unpacked here. */
export function timelineQuery(eventId: string | null, includeArchived: boolean): QueryDefinition<TimelineModel> {
  return {
    key: `timeline-${eventId ?? ''}-${includeArchived}`,
    load: async (kith) => unpackTimeline(await kith.timeline.packed({ eventId: eventId ?? undefined, includeArchived: includeArchived || undefined })),
  }
}

export const DEFAULT_PEOPLE_FILTER: PeopleFilter = { sort: 'lastContact' }

export function peopleOverviewQuery(query: PeopleFilter): QueryDefinition<Awaited<ReturnType<KithApi['people']['overview']>>> {
  return { key: JSON.stringify(query), load: (kith) => kith.people.overview(query) }
}

/**
 * Starts the calls the first screen needs while the app's code is still loading, so the
 * answers are there (or on their way) when the page first renders instead of being asked
 * for one after another. `hash` is the route the window opens on.
 */
export function prefetchFirstScreen(kith: KithApi, hash: string): void {
  const route = hash.replace(/^#/, '').split('?')[0] || '/'
  for (const query of [statusQuery, settingsQuery]) seedQuery(kith, query.key, query.load(kith))
  if (route === '/' || route === '/timeline') {
    const timeline = timelineQuery(null, false)
    seedQuery(kith, timeline.key, timeline.load(kith))
  } else if (route === '/people') {
    const people = peopleOverviewQuery({ ...DEFAULT_PEOPLE_FILTER, text: undefined })
    seedQuery(kith, people.key, people.load(kith))
  }
}
