import Papa from 'papaparse'
import type { Journal, Person } from '../domain'

export const CSV_COLUMNS = ['Name', 'Company', 'Role', 'Industry', 'Emails', 'Phones', 'Links', 'Tags', 'Met on', 'Met at', 'Introduced by', 'Notes'] as const

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a
 * formula: `=HYPERLINK(...)` in a name could leak data. A leading ' makes it text.
 * Papaparse's own `escapeFormulae: true` misses cells with a line break (its regex
 * needs the whole cell on one line), so the pattern is given here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

/** One row per person; lists are joined with "; " so the file opens in any spreadsheet. */
export function writePeopleCsv(people: Person[], journal: Pick<Journal, 'people' | 'events'>): string {
  const names = new Map(journal.people.map((p) => [p.id, p.name]))
  const events = new Map(journal.events.map((e) => [e.id, e.title]))
  const rows = people.map((person) => [
    person.name,
    person.company ?? '',
    person.role ?? '',
    person.industry ?? '',
    person.emails.join('; '),
    person.phones.join('; '),
    person.links.map((link) => `${link.label}: ${link.url}`).join('; '),
    person.tags.join('; '),
    person.howWeMet.date ?? '',
    (person.howWeMet.eventId && events.get(person.howWeMet.eventId)) ?? person.howWeMet.place ?? '',
    (person.howWeMet.introducedById && names.get(person.howWeMet.introducedById)) || person.howWeMet.introducedByName || '',
    person.notes
      .filter((note) => !note.private)
      .map((note) => note.text)
      .join('\n\n'),
  ])
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: true })
}
