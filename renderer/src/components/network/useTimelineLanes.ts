import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { TimelineModel } from '../../../../shared/derive/timeline'
import { timelineQueries } from '../../api/queries/timeline'
import type { ShownQuery } from '../QueryView'

export type TimelineLanes = {
  /** The lanes to draw: the whole timeline, or its first screenful until the whole has arrived. */
  query: ShownQuery<TimelineModel>
  /** The whole timeline's lane count while only the first screenful is here (`partial`). */
  total: number | undefined
  partial: boolean
}

/**
 * The timeline's lanes, first screenful first. At 5,000 people the whole timeline is 1.3 MB to
 * send, parse and unpack: asked for with the first screenful (or before the app's code had
 * loaded), it arrived first and held up the first lanes as much as before. So the whole
 * timeline is asked for once the first screenful is here (or could not be had).
 * The first screenful is asked for only until a whole timeline is on screen: after a change
 * or a new filter, the lanes on screen stay (`keepPreviousData`) until their replacement arrives.
 */
export function useTimelineLanes(eventId: string | null, includeArchived: boolean): TimelineLanes {
  const filter = { eventId, includeArchived }
  // Once the first screenful is here (or could not be had), the whole timeline is wanted for the
  // rest of the visit: its request leaves after the render that draws the first screenful.
  const [wholeWanted, setWholeWanted] = useState(false)
  const whole = useQuery({ ...timelineQueries.whole(filter), enabled: wholeWanted, placeholderData: keepPreviousData })
  const first = useQuery({ ...timelineQueries.head(filter), enabled: whole.data === undefined })
  if (!wholeWanted && (first.data !== undefined || first.error)) setWholeWanted(true)

  // A failed whole timeline shows its error (and "Try again") rather than the first lanes for ever.
  const partial = whole.data === undefined && !whole.error && first.data !== undefined
  return partial
    ? { query: { data: first.data!.model, error: null, refetch: whole.refetch }, total: first.data!.total, partial }
    : { query: whole, total: undefined, partial }
}
