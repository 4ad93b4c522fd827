import { plain } from '../capture/text'
import type { NetworkEvent, Person } from '../domain'

/**
 * Namesakes: two people in the journal with the same name (accents, case and spacing
 * aside). Creating someone offers the ones already there; wherever a name stands alone,
 * a namesake gets what tells them apart.
 */
export type Nameable = Pick<Person, 'id' | 'name' | 'company'> & { howWeMet?: Pick<Person['howWeMet'], 'eventId' | 'place'> }
type EventTitles = ReadonlyMap<string, Pick<NetworkEvent, 'title'>>

export const nameKey = (name: string) => plain(name)

/** The people whose name is `name`, as a person would read it. */
export function namesakesOf<P extends Nameable>(name: string, people: Iterable<P>): P[] {
  const key = nameKey(name)
  if (!key) return []
  const found: P[] = []
  for (const p of people) if (nameKey(p.name) === key) found.push(p)
  return found
}

/** What tells a person apart: their company, else where they were met. */
export function distinction(person: Nameable, events?: EventTitles): string | undefined {
  if (person.company) return person.company
  const met = person.howWeMet
  const where = (met?.eventId && events?.get(met.eventId)?.title) || met?.place
  return where ? `met at ${where}` : undefined
}

/**
 * A function naming each person as shown alone: "Grace Liu" when nobody else is called
 * that, "Grace Liu (Pinecrest Dental)" when somebody is.
 */
export function personLabeller(people: Iterable<Nameable>, events?: EventTitles): (person: Nameable) => string {
  const count = new Map<string, number>()
  for (const p of people) count.set(nameKey(p.name), (count.get(nameKey(p.name)) ?? 0) + 1)
  return (person) => {
    if ((count.get(nameKey(person.name)) ?? 0) < 2) return person.name
    const apart = distinction(person, events)
    return apart ? `${person.name} (${apart})` : person.name
  }
}
