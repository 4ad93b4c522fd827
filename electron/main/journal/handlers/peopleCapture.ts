import type { ParsedInput } from '../../../../shared/api/contract'
import { localDay, localNoon, morningAfter } from '../../../../shared/derive/localDay'
import { FollowUp, Interaction, LIMITS, Person } from '../../../../shared/domain'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { find } from './records'

/** `people:capture`: the people met at an event (or on a day), each with the meeting and an optional follow-up, in one change. */
export async function capturePeople({ store, journal: j, now, newId }: ServiceContext, input: ParsedInput<'people:capture'>): Promise<Person[]> {
  const event = input.eventId ? find(j().events, input.eventId, 'event') : undefined
  const at = now().toISOString()
  const today = localDay(now())
  // Nobody is met in the future: "last contact" would be ahead of today.
  if (event && Date.parse(event.startsAt) > now().getTime())
    throw ServiceError.about('eventId', `the event “${event.title}” has not happened yet. Capture the people you met there once it has started.`)
  if (!event && input.metOn && input.metOn > today) throw ServiceError.about('metOn', 'you cannot have met in the future. Pick today or an earlier day.')
  // The meeting: the event's start, or the day given (now when that is today).
  const metAt = event ? event.startsAt : input.metOn && input.metOn !== today ? localNoon(input.metOn).toISOString() : at
  const created = input.people.map((row) => {
    const known = row.personId ? find(j().people, row.personId, 'person') : undefined
    const person =
      known ??
      Person.parse({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        name: row.name,
        company: row.company,
        emails: [],
        phones: [],
        links: [],
        tags: input.tags ?? [],
        howWeMet: { date: localDay(metAt), eventId: input.eventId },
        learned: [],
        notes: [],
        archived: false,
      })
    // Someone already known was seen again (a contact), not met for the first time.
    // Parsed like every other record, so the journal on disk always loads again (the fuzzer found a 511-character note).
    const interaction = Interaction.parse({
      id: newId(),
      createdAt: at,
      updatedAt: at,
      date: metAt,
      kind: known ? ('event' as const) : ('met' as const),
      personIds: [person.id],
      eventId: input.eventId,
      summary: row.talkedAbout || (known ? `Saw ${person.name} again` : `Met ${person.name}`),
    })
    // "Follow up in 3 days" counts from the meeting, as the person saw it, not from when it was typed.
    const followUp = row.followUpInDays
      ? FollowUp.parse({
          id: newId(),
          createdAt: at,
          updatedAt: at,
          dueAt: morningAfter(metAt, row.followUpInDays).toISOString(),
          personId: person.id,
          note: (row.talkedAbout ? `Follow up: ${row.talkedAbout}` : `Follow up with ${person.name}`).slice(0, LIMITS.shortText),
          status: 'pending' as const,
        })
      : undefined
    return { person, isNew: !known, interaction, followUp }
  })
  // One mutation: the whole capture is saved, or none of it.
  await store.mutate((journal) => {
    for (const c of created) {
      if (c.isNew) journal.people.push(c.person)
      journal.interactions.push(c.interaction)
      if (c.followUp) journal.followUps.push(c.followUp)
    }
  })
  return created.map((c) => c.person)
}
