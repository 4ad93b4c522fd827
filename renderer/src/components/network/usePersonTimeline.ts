import { useKithQuery } from '../../api/KithContext'

/** The person's own story, relationship and balance (one call, reloaded on every journal change). */
export const usePersonTimeline = (personId: string) => useKithQuery((kith) => kith.people.timeline({ id: personId }), `person-timeline-${personId}`)
