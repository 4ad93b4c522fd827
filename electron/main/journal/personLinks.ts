import { LIMITS, type Journal, type Person, type PersonLinks } from '../../../shared/domain'

/**
 * What a deleted person leaves behind: no record points at them any more. Conversations with
 * them alone go to the trash with them; shared ones keep the others. Referrals keep their
 * place in the ledger under the person's name, as someone outside the journal; the people they
 * introduced say "introduced by" with the name; events no longer expect them. Returns what it
 * changed, so a restore puts every link back. Mutates `journal`.
 */
export function unlinkPerson(journal: Journal, person: Person): PersonLinks {
  const links: PersonLinks = { conversations: [], sharedInteractions: [], referrals: [], expectedAt: [], introduced: [] }
  const name = person.name.slice(0, LIMITS.shortText)
  journal.interactions = journal.interactions.flatMap((interaction) => {
    if (!interaction.personIds.includes(person.id)) return [interaction]
    if (interaction.personIds.length === 1) {
      links.conversations.push(interaction)
      return []
    }
    links.sharedInteractions.push({ id: interaction.id, index: interaction.personIds.indexOf(person.id) })
    return [{ ...interaction, personIds: interaction.personIds.filter((p) => p !== person.id) }]
  })
  journal.referrals = journal.referrals.map((referral) => {
    if (referral.toPersonId === person.id) {
      links.referrals.push({ id: referral.id, side: 'to', named: !referral.toName })
      const { toPersonId: _gone, ...rest } = referral
      return { ...rest, toName: rest.toName ?? name }
    }
    if (referral.fromPersonId === person.id) {
      links.referrals.push({ id: referral.id, side: 'from', named: !referral.fromName })
      const { fromPersonId: _gone, ...rest } = referral
      return { ...rest, fromName: rest.fromName ?? name }
    }
    return referral
  })
  journal.events = journal.events.map((event) => {
    if (!event.expectedAttendeeIds.includes(person.id)) return event
    links.expectedAt.push({ id: event.id, index: event.expectedAttendeeIds.indexOf(person.id) })
    return { ...event, expectedAttendeeIds: event.expectedAttendeeIds.filter((p) => p !== person.id) }
  })
  journal.people = journal.people.map((other) => {
    if (other.howWeMet.introducedById !== person.id) return other
    links.introduced.push({ id: other.id, named: !other.howWeMet.introducedByName })
    const { introducedById: _gone, ...howWeMet } = other.howWeMet
    return { ...other, howWeMet: { ...howWeMet, introducedByName: howWeMet.introducedByName ?? name } }
  })
  return links
}

const insertAt = (list: readonly string[], index: number, id: string) => [...list.slice(0, index), id, ...list.slice(index)]

/** Puts back the links `unlinkPerson` took, where they were, on the records still there. Mutates `journal`. */
export function relinkPerson(journal: Journal, person: Person, links: PersonLinks): void {
  const shared = new Map(links.sharedInteractions.map((l) => [l.id, l.index]))
  journal.interactions = journal.interactions.map((i) => {
    const index = shared.get(i.id)
    return index !== undefined && !i.personIds.includes(person.id) ? { ...i, personIds: insertAt(i.personIds, index, person.id) } : i
  })
  journal.interactions.push(...links.conversations.filter((c) => !journal.interactions.some((i) => i.id === c.id)))
  const referrals = new Map(links.referrals.map((r) => [r.id, r]))
  journal.referrals = journal.referrals.map((r) => {
    const link = referrals.get(r.id)
    if (link?.side === 'to' && !r.toPersonId) {
      const { toName, ...rest } = r
      return { ...rest, toPersonId: person.id, ...(!link.named && toName !== undefined && { toName }) }
    }
    if (link?.side === 'from' && !r.fromPersonId) {
      const { fromName, ...rest } = r
      return { ...rest, fromPersonId: person.id, ...(!link.named && fromName !== undefined && { fromName }) }
    }
    return r
  })
  const expected = new Map(links.expectedAt.map((l) => [l.id, l.index]))
  journal.events = journal.events.map((e) => {
    const index = expected.get(e.id)
    return index !== undefined && !e.expectedAttendeeIds.includes(person.id)
      ? { ...e, expectedAttendeeIds: insertAt(e.expectedAttendeeIds, index, person.id) }
      : e
  })
  const introduced = new Map(links.introduced.map((l) => [l.id, l.named]))
  journal.people = journal.people.map((p) => {
    const named = introduced.get(p.id)
    if (named === undefined || p.howWeMet.introducedById) return p
    const { introducedByName, ...howWeMet } = p.howWeMet
    return { ...p, howWeMet: { ...howWeMet, introducedById: person.id, ...(!named && introducedByName !== undefined && { introducedByName }) } }
  })
}
