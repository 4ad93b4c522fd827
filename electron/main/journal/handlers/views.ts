import type { ParsedInput } from '../../../../shared/api/contract'
import { packTimeline, TimelinePacker, type PackedTimeline } from '../../../../shared/api/packedTimeline'
import { timelineModel, type TimelineModel } from '../../../../shared/derive'
import { JournalSearch } from '../../../../shared/search/searchIndex'
import { byFilter } from './byFilter'
import type { ServiceContext } from './context'
import type { DomainHandlers } from './registry'

/** The network seen whole: the timeline of every relationship, and search across the journal. */
export function viewHandlers({ store, journal, now, derived }: ServiceContext): DomainHandlers<'timeline' | 'search'> {
  // One index for the life of the store, brought up to date per revision: a change re-indexes one record, not 57,000.
  let index: JournalSearch | undefined
  let indexedRevision = -1
  const search = () => {
    if (!index) index = new JournalSearch(journal())
    else if (indexedRevision !== store.revision) index.update(journal())
    indexedRevision = store.revision
    return index
  }
  const timelineFor = byFilter(derived, (filter: ParsedInput<'timeline:get'>) => timelineModel(journal(), now(), filter, derived().rels, derived().index))
  const packedTimelines = new WeakMap<TimelineModel, PackedTimeline>()
  const packer = new TimelinePacker()

  return {
    'timeline:get': (filter) => timelineFor(filter),
    // The same lanes in the compact form the renderer asks for, packed once per model; the
    // first screenful (`firstLanes`) is cut from the same cached model, so it agrees with the whole.
    'timeline:packed': ({ firstLanes, ...filter }) => {
      const model = timelineFor(filter)
      if (firstLanes !== undefined) return packTimeline(model, firstLanes)
      let packed = packedTimelines.get(model)
      if (!packed) packedTimelines.set(model, (packed = packer.pack(model)))
      return packed
    },
    'search:query': ({ query, limit }) => search().search(query, limit),
  }
}
