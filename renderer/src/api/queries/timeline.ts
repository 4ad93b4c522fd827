import { queryOptions } from '@tanstack/react-query'
import { unpackTimeline } from '../../../../shared/api/packedTimeline'
import type { TimelineModel } from '../../../../shared/derive/timeline'
import { ask } from '../client'
import { reads } from '../journalChanges'

/** Lanes of 44 px: a 2,160 px tall window shows about 42, and the timeline draws 8 more ahead. */
export const FIRST_SCREEN_LANES = 60

/** The first screenful of lanes and how many the whole timeline has. */
export type TimelineHead = { model: TimelineModel; total: number }

export type TimelineFilter = { eventId: string | null; includeArchived: boolean }

const LANES = reads('people', 'events', 'interactions', 'referrals', 'followUps')
const sent = ({ eventId, includeArchived }: TimelineFilter) => ({ eventId: eventId ?? undefined, includeArchived: includeArchived || undefined })

/** `['timeline', filter]`: the lanes travel packed (a third of the bytes of the plain model) and are unpacked here. */
export const timelineQueries = {
  whole: (filter: TimelineFilter) =>
    queryOptions({ queryKey: ['timeline', filter], queryFn: ask(async (kith) => unpackTimeline(await kith.timeline.packed(sent(filter)))), meta: LANES }),
  /**
   * The first lanes only (a few KB against 1.3 MB at 5,000 people): the page draws them while
   * the whole timeline is still being sent, parsed and unpacked.
   */
  head: (filter: TimelineFilter) =>
    queryOptions({
      queryKey: ['timeline', filter, 'head'],
      queryFn: ask(async (kith): Promise<TimelineHead> => {
        const packed = await kith.timeline.packed({ ...sent(filter), firstLanes: FIRST_SCREEN_LANES })
        return { model: unpackTimeline(packed), total: packed.total }
      }),
      meta: LANES,
    }),
}
