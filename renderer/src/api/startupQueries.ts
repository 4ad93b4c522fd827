import type { KithApi } from '../../../shared/api/kithApi'
import { unpackTimeline } from '../../../shared/api/packedTimeline'
import type { PeopleFilter } from '../../../shared/derive/peopleOverview'
import type { TimelineModel } from '../../../shared/derive/timeline'
import { seedQuery } from './querySeeds'

/** A load and the key the page's `useKithQuery` knows it by: the boot code and the page share one definition. */
export type QueryDefinition<T> = { key: string; load: (kith: KithApi) => Promise<T> }

export const statusQuery: QueryDefinition<Awaited<ReturnType<KithApi['journal']['status']>>> = { key: 'status', load: (kith) => kith.journal.status({}) }

export const settingsQuery: QueryDefinition<Awaited<ReturnType<KithApi['settings']['get']>>> = { key: 'settings', load: (kith) => kith.settings.get({}) }

const timelineFilter = (eventId: string | null, includeArchived: boolean) => ({ eventId: eventId ?? undefined, includeArchived: includeArchived || undefined })

/** The lanes travel packed (a third of the bytes of the plain model) and are unpacked here. */
export function timelineQuery(eventId: string | null, includeArchived: boolean): QueryDefinition<TimelineModel> {
  return {
    key: `timeline-${eventId ?? ''}-${includeArchived}`,
    load: async (kith) => unpackTimeline(await kith.timeline.packed(timelineFilter(eventId, includeArchived))),
  }
}

/** Lanes of 44 px: a 2,160 px tall window shows about 42, and the timeline draws 8 more ahead. */
export const FIRST_SCREEN_LANES = 60

/** The first screenful of lanes and how many the whole timeline has. */
export type TimelineHead = { model: TimelineModel; total: number }

/**
 * The first lanes only (a few KB against 1.3 MB at 5,000 people): the page draws them while
 * the whole timeline (`timelineQuery`) is still being sent, parsed and unpacked.
 */
export function timelineHeadQuery(eventId: string | null, includeArchived: boolean): QueryDefinition<TimelineHead> {
  return {
    key: `timeline-head-${eventId ?? ''}-${includeArchived}`,
    load: async (kith) => {
      const packed = await kith.timeline.packed({ ...timelineFilter(eventId, includeArchived), firstLanes: FIRST_SCREEN_LANES })
      return { model: unpackTimeline(packed), total: packed.total }
    },
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
    // Only the first screenful: the page asks for the whole timeline once it has drawn this (see useTimelineLanes).
    const head = timelineHeadQuery(null, false)
    seedQuery(kith, head.key, head.load(kith))
  } else if (route === '/people') {
    const people = peopleOverviewQuery({ ...DEFAULT_PEOPLE_FILTER, text: undefined })
    seedQuery(kith, people.key, people.load(kith))
  }
}
