import ICAL from 'ical.js'
import type { Person } from '../domain'
import { oneLineBreak } from './text'

export type VCardVersion = '4.0' | '3.0'

/** Kith ids are UUIDs; older or sample ids are not, and get a URN of their own. */
export function personUri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `urn:uuid:${id}` : `urn:kith:${id}`
}

/** Best guess at N's family and given names from the one name Kith stores. */
function structuredName(name: string): string[] {
  const parts = name.trim().split(/\s+/)
  const family = parts.length > 1 ? parts.pop()! : ''
  return [family, parts.join(' '), '', '', '']
}

type Component = InstanceType<typeof ICAL.Component>

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A value as a vCard can carry it and any reader (Kith's own included) accepts it: a NUL
 * (which marks a file as binary) and half of a character pair (which no UTF-8 file can hold) are dropped.
 */
export function exportable(value: string): string {
  return oneLineBreak(value).replaceAll('\u0000', '').replace(LONE_SURROGATE, '')
}

function add(card: Component, name: string, value: string | string[], params: Record<string, string> = {}): void {
  const prop = new ICAL.Property(name, card)
  if (Array.isArray(value)) prop.setValue(value.map(exportable) as unknown as string)
  else prop.setValue(exportable(value))
  for (const [key, param] of Object.entries(params)) prop.setParameter(key, param)
  card.addProperty(prop)
}

/** One card. ical.js escapes every value, so a note cannot end the card or add a property. */
function personCard(person: Person, version: VCardVersion, byId: Map<string, Person>): Component {
  const card = new ICAL.Component('vcard')
  add(card, 'version', version)
  add(card, 'fn', person.name)
  add(card, 'n', structuredName(person.name))
  add(card, 'uid', personUri(person.id))
  add(card, 'x-kith-id', person.id)
  if (person.company) add(card, 'org', [person.company])
  if (person.role) add(card, 'title', person.role)
  for (const email of person.emails) add(card, 'email', email)
  for (const phone of person.phones) add(card, 'tel', phone)
  // Apple's grouping keeps each link's label in a text value, escaped like any other.
  person.links.forEach((link, i) => {
    add(card, 'url', link.url, { group: `link${i + 1}` })
    add(card, 'x-ablabel', link.label, { group: `link${i + 1}` })
  })
  if (person.tags.length) {
    const categories = new ICAL.Property('categories', card)
    categories.setValues(person.tags.map(oneLineBreak))
    card.addProperty(categories)
  }
  if (person.howWeMet.date) add(card, 'x-kith-met-on', person.howWeMet.date)
  const introducer = person.howWeMet.introducedById ? byId.get(person.howWeMet.introducedById) : undefined
  if (version === '4.0') {
    // RFC 6350 RELATED: the person who introduced us is someone this contact has met.
    if (person.howWeMet.introducedById) add(card, 'related', personUri(person.howWeMet.introducedById), { type: 'met' })
    else if (person.howWeMet.introducedByName) add(card, 'related', person.howWeMet.introducedByName, { type: 'met', value: 'text' })
  } else {
    const name = introducer?.name ?? person.howWeMet.introducedByName
    if (name) {
      add(card, 'x-abrelatednames', name, { group: 'intro' })
      add(card, 'x-ablabel', 'introduced by', { group: 'intro' })
    }
  }
  const notes = person.notes.filter((note) => !note.private)
  for (const note of notes) add(card, 'note', note.text)
  return card
}

/** vCard 4.0 (or 3.0) text of the given people; private notes stay in Kith. */
export function writeVCards(people: Person[], version: VCardVersion, everyone: Person[] = people): string {
  const byId = new Map(everyone.map((p) => [p.id, p]))
  return people.map((person) => personCard(person, version, byId).toString() + '\r\n').join('')
}
