import { useQuery } from '@tanstack/react-query'
import { peopleQueries } from '../../api/queries/people'

/** The person's own story, relationship and balance: one call, shared by every part of their page. */
export const usePersonTimeline = (personId: string) => useQuery(peopleQueries.timeline(personId))
