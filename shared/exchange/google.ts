import { csvSteps, type CsvRow, type RowReader } from './csvRows'
import { runAtOnce, type Steps } from './slices'
import { isLinkedInUrl } from './text'
import { ImportRefused, type ReadContact, type ReadResult } from './types'

/** Google joins several values (and labels) in one cell with " ::: ". */
const split = (cell: string) =>
  cell
    .split(':::')
    .map((part) => part.trim())
    .filter(Boolean)

function numbered(row: CsvRow, header: string[], pattern: RegExp): string[] {
  return header.filter((column) => pattern.test(column)).flatMap((column) => split(row.get(column)))
}

function nameOf(row: CsvRow): string {
  const joined = (...columns: string[]) =>
    columns
      .map((c) => row.get(c))
      .filter(Boolean)
      .join(' ')
  return (
    row.get('Name') ||
    joined('Name Prefix', 'First Name', 'Middle Name', 'Last Name', 'Name Suffix') ||
    joined('Name Prefix', 'Given Name', 'Additional Name', 'Family Name', 'Name Suffix') ||
    row.get('File As') ||
    row.get('Nickname')
  )
}

/** Reads a Google Contacts CSV, current or legacy layout, by header name. */
export function readGoogle(text: string): ReadResult {
  return runAtOnce(googleSteps(text))
}

/** The contacts of the file, a piece of text a step (see slices.ts). */
export function* googleSteps(text: string): Steps<ReadResult> {
  const { items, errors } = yield* csvSteps(text.replace(/^\uFEFF/, ''), 1, googleContact)
  return { format: 'google', contacts: items, errors, notices: [] }
}

const googleContact: RowReader<ReadContact> = (header) => {
  const hasName = ['Name', 'First Name', 'Given Name', 'Last Name', 'Family Name'].some((c) => header.includes(c))
  if (!hasName) {
    throw new ImportRefused(
      'This Google Contacts file has no name column. Expected "First Name" and "Last Name" (or, in the older layout, "Name" and "Given Name").',
    )
  }
  const websiteColumns = header.filter((column) => /^Website \d+ - Value$/.test(column))
  return (row) => {
    const websites = websiteColumns.flatMap((column) => {
      const label = row.get(column.replace('Value', 'Label')) || row.get(column.replace('Value', 'Type'))
      return split(row.get(column)).map((url) => ({ label: isLinkedInUrl(url) ? 'LinkedIn' : label.replace(/^\* /, '') || 'Website', url }))
    })
    const labels = split(row.get('Labels') || row.get('Group Membership'))
    return {
      line: row.line,
      warnings: row.get('Photo') ? ['Its photo was left out: Kith keeps no photos.'] : [],
      contact: {
        name: nameOf(row),
        company: row.get('Organization Name') || row.get('Organization 1 - Name') || undefined,
        role: row.get('Organization Title') || row.get('Organization 1 - Title') || undefined,
        emails: numbered(row, header, /^E-mail \d+ - Value$/),
        phones: numbered(row, header, /^Phone \d+ - Value$/),
        links: websites,
        // "* myContacts" and "* starred" are Google's own groups, not the user's labels.
        tags: labels.filter((label) => !label.startsWith('* ')),
        note: row.get('Notes') || undefined,
      },
    }
  }
}
