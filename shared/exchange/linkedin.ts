import { csvSteps, type RowReader } from './csvRows'
import { runAtOnce, type Steps } from './slices'
import { ImportRefused, type ReadContact, type ReadResult } from './types'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const REQUIRED = ['First Name', 'Last Name', 'Connected On']

/** LinkedIn's "15 Jan 2023" (also "15-Jan-23" from older exports) as 2023-01-15; undefined when it is no date. */
export function connectedOnDate(value: string): string | undefined {
  const match = /^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*[\s-]+(\d{2}|\d{4})$/.exec(value.trim())
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined
  const month = MONTHS.indexOf(match[2]!.toLowerCase())
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3])
  const day = Number(match[1])
  const date = new Date(Date.UTC(year, month, day))
  if (month < 0 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** Reads LinkedIn's Connections.csv: skips the BOM and the `Notes:` preamble, reads columns by name. */
export function readLinkedIn(text: string): ReadResult {
  const { body, firstLine } = linkedInBody(text)
  return runAtOnce(linkedInSteps(body, firstLine))
}

/** The CSV after LinkedIn's preamble, and the line its header is on. */
export function linkedInBody(text: string): { body: string; firstLine: number } {
  const clean = text.replace(/^\uFEFF/, '')
  const header = /^"?First Name"?,/m.exec(clean)
  if (!header) throw new ImportRefused('This LinkedIn file has no header line starting with "First Name,Last Name". Export "Connections" again from LinkedIn.')
  let firstLine = 1
  for (let i = clean.indexOf('\n'); i !== -1 && i < header.index; i = clean.indexOf('\n', i + 1)) firstLine++
  return { body: clean.slice(header.index), firstLine }
}

/** The contacts of the CSV after the preamble, a piece of text a step (see slices.ts). */
export function* linkedInSteps(body: string, firstLine: number): Steps<ReadResult> {
  const { items, errors } = yield* csvSteps(body, firstLine, linkedInContact)
  return { format: 'linkedin', contacts: items, errors, notices: [] }
}

const linkedInContact: RowReader<ReadContact> = (header) => {
  const missing = REQUIRED.filter((column) => !header.some((name) => name.toLowerCase() === column.toLowerCase()))
  if (missing.length) {
    throw new ImportRefused(
      `This LinkedIn file lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Expected: First Name, Last Name, URL, Email Address, Company, Position, Connected On.`,
    )
  }
  return (row) => {
    const warnings: string[] = []
    const name = `${row.get('First Name')} ${row.get('Last Name')}`.replace(/\s+/g, ' ').trim()
    const connectedOn = row.get('Connected On')
    const metOn = connectedOnDate(connectedOn)
    if (connectedOn && !metOn) warnings.push(`"Connected On" (${connectedOn}) is not a date like 15 Jan 2023, so it was left out.`)
    const url = row.get('URL')
    const email = row.get('Email Address')
    return {
      line: row.line,
      warnings,
      contact: {
        name,
        company: row.get('Company') || undefined,
        role: row.get('Position') || undefined,
        emails: email ? [email] : [],
        phones: [],
        links: url ? [{ label: 'LinkedIn', url }] : [],
        tags: [],
        metOn,
      },
    }
  }
}
