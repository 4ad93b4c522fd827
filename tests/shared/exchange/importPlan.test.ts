import { describe, expect, it } from 'vitest'
import { planImport, readImport, type ReadResult } from '../../../shared/exchange'
import type { Person } from '../../../shared/domain'
import { fixtureText } from './fixtures'
import { personWith } from '../../support/journalBuilder'

const now = new Date('2026-11-29T12:00:00Z')
const deps = () => {
  let n = 0
  return { now, newId: () => `id-${++n}` }
}
const file = (name: string) => readImport(name, fixtureText(name))
const person = (over: Partial<Person>): Person => personWith({ id: 'p-old', ...over })
const contacts = (...list: Array<Partial<ReadResult['contacts'][number]['contact']>>): ReadResult => ({
  format: 'vcard',
  notices: [],
  errors: [],
  contacts: list.map((c, i) => ({ line: i + 1, warnings: [], contact: { name: '', emails: [], phones: [], links: [], tags: [], ...c } })),
})

describe('planning an import', () => {
  it('proposes a new person for each row of a first import, with first-met date and LinkedIn link', () => {
    const plan = planImport([], file('linkedin-connections.csv'), deps())
    expect(plan.rows.map((r) => r.action)).toEqual(['new', 'new', 'new', 'new'])
    expect(plan.created).toBe(4)
    expect(plan.people[0]).toMatchObject({ name: 'José Núñez', howWeMet: { date: '2023-01-15' }, links: [{ label: 'LinkedIn' }] })
  })

  it('importing the same file again creates nobody: every row is matched and skipped as nothing new', () => {
    const first = planImport([], file('linkedin-no-url.csv'), deps())
    const again = planImport(first.people, file('linkedin-no-url.csv'), deps())
    expect(again.created).toBe(0)
    expect(again.merged).toBe(0)
    expect(again.people).toEqual(first.people)
    expect(again.rows.map((r) => [r.action, r.match?.by])).toEqual([
      ['skip', 'name and company'],
      ['skip', 'email'],
    ])
  })

  it.each([
    ['email, in any case', { emails: ['ANN@Example.com'] }, { emails: ['ann@example.com'] }, 'email'],
    ['phone, by its digits', { phones: ['+1 (555) 010-2030'] }, { phones: ['555.010.2030'] }, 'phone'],
    [
      'LinkedIn URL, normalised',
      { links: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/Ann-Lee/' }] },
      { links: [{ label: 'x', url: 'http://linkedin.com/in/ann-lee?trk=1' }] },
      'LinkedIn profile',
    ],
    [
      'name and company, ignoring case and accents',
      { name: 'Zoë Ångström', company: 'Nordic AB' },
      { name: 'zoe  angstrom', company: 'NORDIC ab' },
      'name and company',
    ],
  ])('matches an existing person by %s', (_, existing, incoming, by) => {
    const plan = planImport([person({ name: 'Ann Lee', ...existing })], contacts({ name: 'Ann Lee', ...incoming, tags: ['new-tag'] }), deps())
    expect(plan.rows[0]).toMatchObject({ action: 'merge', match: { personId: 'p-old', by } })
    expect(plan.people).toHaveLength(1)
  })

  it('does not match the same name at another company, nor two people sharing a company website', () => {
    const existing = [person({ name: 'John Smith', company: 'Acme', links: [{ label: 'Site', url: 'https://acme.example' }] })]
    const plan = planImport(existing, contacts({ name: 'John Smith', company: 'Globex', links: [{ label: 'Site', url: 'https://acme.example' }] }), deps())
    expect(plan.rows[0]!.action).toBe('new')
  })

  it('a merge fills empty fields and unions lists, never dropping or overwriting what was there', () => {
    const existing = person({
      name: 'Ann Lee',
      role: 'CEO',
      emails: ['ann@example.com'],
      phones: ['555 010 2030'],
      tags: ['Golf'],
      notes: [{ id: 'n1', text: 'Old note', private: true, createdAt: '2026-01-01T00:00:00.000Z' }],
    })
    const plan = planImport(
      [existing],
      contacts({
        name: 'Ann Lee',
        company: 'Acme',
        role: 'Intern',
        emails: ['ann@example.com', 'ann@home.example'],
        phones: ['(555) 010-2030'],
        tags: ['golf', 'Chamber'],
        metOn: '2020-05-01',
        note: 'New note',
      }),
      deps(),
    )
    expect(plan.rows[0]!.adds).toEqual(['company', 'first-met date', '1 email', '1 tag', 'a note'])
    expect(plan.people[0]).toMatchObject({
      company: 'Acme',
      role: 'CEO',
      emails: ['ann@example.com', 'ann@home.example'],
      phones: ['555 010 2030'],
      tags: ['Golf', 'Chamber'],
      howWeMet: { date: '2020-05-01' },
      notes: [
        { text: 'Old note', private: true },
        { text: 'New note', private: false },
      ],
    })
    expect(existing.company).toBeUndefined()
  })

  it('two rows of one file for the same person make one person, and the second row points at the first', () => {
    const plan = planImport(
      [],
      contacts({ name: 'Ann', emails: ['ann@example.com'] }, { name: 'Ann Lee', emails: ['ANN@example.com'], phones: ['555 010 2030'] }),
      deps(),
    )
    expect(plan.created).toBe(1)
    expect(plan.rows[1]).toMatchObject({ action: 'merge', match: { name: 'Ann', fromLine: 1 } })
    expect(plan.people[0]!.phones).toEqual(['555 010 2030'])
  })

  it('follows the user: skip a row, or force a new person for a match', () => {
    const existing = [person({ name: 'Ann', emails: ['ann@example.com'] })]
    const read = contacts({ name: 'Ann', emails: ['ann@example.com'], tags: ['x'] }, { name: 'Bo', emails: ['bo@example.com'] })
    expect(planImport(existing, read, deps(), { '1': 'skip', '2': 'skip' }).people).toEqual(existing)
    const forced = planImport(existing, read, deps(), { '1': 'new' })
    expect(forced.rows.map((r) => r.action)).toEqual(['new', 'new'])
    expect(forced.people).toHaveLength(3)
  })

  it('lists rows that cannot be people as errors with their lines, and drops invalid values with a warning', () => {
    const plan = planImport([], contacts({ name: '' }, { name: 'x'.repeat(201) }, { name: 'Ok', emails: ['not-an-email', 'ok@example.com'] }), deps())
    expect(plan.errors).toEqual([
      { line: 1, message: 'This row has neither a name nor an email address.' },
      { line: 2, message: 'The name is longer than 200 characters.' },
    ])
    expect(plan.rows[0]).toMatchObject({ line: 3, action: 'new', warnings: ['Not an email address, left out: "not-an-email".'] })
    expect(plan.people[0]!.emails).toEqual(['ok@example.com'])
  })

  it('uses the email as the name of a contact that has only an email', () => {
    const plan = planImport([], file('google-current.csv'), deps())
    expect(plan.people.map((p) => p.name)).toEqual(['José Núñez', 'solo@example.com', 'Wang Fang'])
  })
})
