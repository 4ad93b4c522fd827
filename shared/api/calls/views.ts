import { z } from 'zod'
import { Id, ShortText, Tag } from '../../domain'
import type { TimelineModel } from '../../derive'
import type { SearchHit } from '../../search/searchIndex'
import type { PackedTimeline } from '../packedTimeline'
import { call, declareCalls } from '../call'
import { StageInput } from './people'

const TimelineFilterInput = z.object({
  eventId: Id.optional(),
  tag: Tag.optional(),
  stage: StageInput.optional(),
  goingCold: z.boolean().optional(),
  includeArchived: z.boolean().optional(),
})

/** The network seen whole: the timeline of every relationship, and search across the journal. */
export const viewCalls = declareCalls(
  'timeline',
  'search',
)({
  'timeline:get': call<TimelineModel>('build the timeline')(TimelineFilterInput),
  // The same lanes, compact for the renderer (see packedTimeline.ts); `firstLanes`: only the first screenful.
  'timeline:packed': call<PackedTimeline>('build the timeline')(TimelineFilterInput.extend({ firstLanes: z.number().int().min(1).max(500).optional() })),
  'search:query': call<SearchHit[]>('search the journal')(z.object({ query: ShortText, limit: z.number().int().min(1).max(100).optional() })),
})
