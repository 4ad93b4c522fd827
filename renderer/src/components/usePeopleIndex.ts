import { useMemo } from 'react'
import type { NetworkEvent, Person } from '../../../shared/domain'
import { distinction, personLabeller, type Nameable } from '../../../shared/derive/namesakes'
import { useQuery } from '@tanstack/react-query'
import { eventQueries } from '../api/queries/events'
import { peopleQueries } from '../api/queries/people'

/** Everyone in the journal by id, to show names where records only hold ids. */
export function usePeopleIndex(): Map<string, Person> {
  const people = useQuery(peopleQueries.list({ includeArchived: true }))
  return useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p])), [people.data])
}

/** Events by id, for "met at …" beside a namesake without a company. */
export function useEventsById(): Map<string, NetworkEvent> {
  const events = useQuery(eventQueries.list())
  return useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e])), [events.data])
}

/** Names as shown alone, with a namesake's company (or where you met) beside it. */
export function usePersonLabel(people: ReadonlyMap<string, Nameable>): (person: Nameable) => string {
  const events = useEventsById()
  return useMemo(() => personLabeller(people.values(), events), [people, events])
}

/** A name with what tells it apart, always: "Grace Liu (Pinecrest Dental)", for lists of namesakes. */
export function useNameApart(): (person: Nameable) => string {
  const events = useEventsById()
  return useMemo(
    () => (person) => {
      const apart = distinction(person, events)
      return apart ? `${person.name} (${apart})` : person.name
    },
    [events],
  )
}
