import type { Person } from '../../../shared/domain'
import { useKithQuery } from '../api/KithContext'

/** Everyone in the journal by id, to show names where records only hold ids. */
export function usePeopleIndex(): Map<string, Person> {
  const people = useKithQuery((kith) => kith.people.list({ includeArchived: true }), 'people-index')
  return new Map((people.data ?? []).map((p) => [p.id, p]))
}
