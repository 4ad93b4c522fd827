import type { Person } from '../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { peopleQueries } from '../api/queries/people'

/** Everyone in the journal by id, to show names where records only hold ids. */
export function usePeopleIndex(): Map<string, Person> {
  const people = useQuery(peopleQueries.list({ includeArchived: true }))
  return useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p])), [people.data])
}
