import { useState } from 'react'
import type { KithQuery } from '../../api/KithContext'

/**
 * A query that keeps showing its last answer while a new filter loads, so the filter
 * controls and the list stay on screen (and keep focus) instead of flashing a spinner.
 */
export function useKeepPrevious<T>(query: KithQuery<T>): KithQuery<T> {
  const [kept, setKept] = useState<T | undefined>(query.data)
  if (query.data !== undefined && query.data !== kept) setKept(query.data)
  return { ...query, data: query.data ?? kept }
}
