import type { NamedPerson } from './names'
import { plain } from './text'

export type PersonRef = { id: string; name: string; company?: string }

/**
 * A person the capture names: `match` when exactly one person in the journal fits (so a
 * confirmation logs the conversation with them), `candidates` when several do (namesakes,
 * or a first name alone), and neither for someone new.
 */
export type PersonProposal = { name: string; role?: string; company?: string; match?: PersonRef; candidates: PersonRef[] }

function candidatesFor(person: NamedPerson, people: readonly PersonRef[]): PersonRef[] {
  const name = plain(person.name)
  const same = people.filter((p) => plain(p.name) === name)
  if (same.length || name.includes(' ')) return same
  // A first name alone ("Met Dana again") may mean any Dana.
  return people.filter((p) => plain(p.name).split(' ')[0] === name)
}

export function matchPeople(named: readonly NamedPerson[], people: readonly PersonRef[]): PersonProposal[] {
  return named.map((person) => {
    const candidates = candidatesFor(person, people)
    const saidCompany = person.company ? plain(person.company) : undefined
    // When the sentence names a company, it decides between namesakes, and a namesake at
    // another company is somebody else until the person says otherwise.
    const fitting = saidCompany ? candidates.filter((c) => !c.company || plain(c.company) === saidCompany) : candidates
    const match = fitting.length === 1 ? fitting[0] : undefined
    return { name: match?.name ?? person.name, role: person.role, company: person.company, match, candidates: match ? [] : candidates }
  })
}
