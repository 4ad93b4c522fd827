import type { Person } from '../domain'
import { LINKEDIN, emailKey, foldText, linkKey, phoneKey } from './text'
import type { ImportedContact } from './types'

export type MatchedBy = 'Kith id' | 'email' | 'LinkedIn profile' | 'phone' | 'name and company'

type Keyed = Pick<ImportedContact, 'name' | 'company' | 'emails' | 'phones' | 'links'> & { id?: string; kithId?: string }

/** Identity keys, strongest first. Name and company together (both may be empty) is the last resort. */
function keysOf(who: Keyed): Array<[MatchedBy, string]> {
  const keys: Array<[MatchedBy, string]> = []
  const id = who.id ?? who.kithId
  if (id) keys.push(['Kith id', `id:${id}`])
  for (const email of who.emails) keys.push(['email', `email:${emailKey(email)}`])
  for (const link of who.links) {
    const key = linkKey(link.url)
    if (LINKEDIN.test(key)) keys.push(['LinkedIn profile', `link:${key}`])
  }
  for (const phone of who.phones) {
    const key = phoneKey(phone)
    if (key) keys.push(['phone', `phone:${key}`])
  }
  const name = foldText(who.name)
  if (name) keys.push(['name and company', `nc:${name}|${foldText(who.company)}`])
  return keys
}

/**
 * Finds the person a contact already is. Grows as an import creates people, so two
 * rows for the same person in one file, or the same file imported twice, make one person.
 */
export class PersonIndex {
  private readonly byKey = new Map<string, number>()

  constructor(people: Person[]) {
    people.forEach((person, position) => this.add(person, position))
  }

  add(person: Person, position: number): void {
    for (const [, key] of keysOf(person)) if (!this.byKey.has(key)) this.byKey.set(key, position)
  }

  find(contact: ImportedContact): { position: number; by: MatchedBy } | undefined {
    for (const [by, key] of keysOf(contact)) {
      const position = this.byKey.get(key)
      if (position !== undefined) return { position, by }
    }
    return undefined
  }
}
