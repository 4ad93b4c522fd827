import { localDay } from '../../../shared/derive/localDay'
import { LIMITS, type EventLinks, type Journal, type NetworkEvent } from '../../../shared/domain'

/**
 * What a deleted event leaves behind: no record points at it any more. People met there keep
 * the day and, in the place, the event's title ("Met on Sep 23 at Summer BBQ, Oak Street park"); conversations
 * and follow-ups keep their dates without the event. Returns what it changed, so a restore
 * puts every link back. Mutates `journal`.
 */
export function unlinkEvent(journal: Journal, event: NetworkEvent): EventLinks {
  const links: EventLinks = { people: [], interactionIds: [], followUpIds: [] }
  journal.people = journal.people.map((person) => {
    if (person.howWeMet.eventId !== event.id) return person
    links.people.push({ id: person.id, howWeMet: person.howWeMet })
    const { eventId: _gone, ...howWeMet } = person.howWeMet
    return {
      ...person,
      howWeMet: {
        ...howWeMet,
        date: howWeMet.date ?? localDay(event.startsAt),
        place: (howWeMet.place ? `${event.title}, ${howWeMet.place}` : event.title).slice(0, LIMITS.shortText),
      },
    }
  })
  journal.interactions = journal.interactions.map((interaction) => {
    if (interaction.eventId !== event.id) return interaction
    links.interactionIds.push(interaction.id)
    const { eventId: _gone, ...rest } = interaction
    return rest
  })
  journal.followUps = journal.followUps.map((followUp) => {
    if (followUp.eventId !== event.id) return followUp
    links.followUpIds.push(followUp.id)
    const { eventId: _gone, ...rest } = followUp
    return rest
  })
  return links
}

/** Puts back the links `unlinkEvent` took, on the records still there and not re-linked since. Mutates `journal`. */
export function relinkEvent(journal: Journal, eventId: string, links: EventLinks): void {
  const people = new Map(links.people.map((p) => [p.id, p.howWeMet]))
  const interactions = new Set(links.interactionIds)
  const followUps = new Set(links.followUpIds)
  journal.people = journal.people.map((person) => {
    const before = people.get(person.id)
    return before && !person.howWeMet.eventId ? { ...person, howWeMet: before } : person
  })
  journal.interactions = journal.interactions.map((i) => (interactions.has(i.id) && !i.eventId ? { ...i, eventId } : i))
  journal.followUps = journal.followUps.map((f) => (followUps.has(f.id) && !f.eventId ? { ...f, eventId } : f))
}
