import { ImportRefused, type ImportFormat } from './types'

/**
 * The largest import text: the IPC and bridge refuse messages over 8 MB, and a
 * file is sent as text in one message. 7 MB holds about 60,000 LinkedIn rows
 * (10,000 rows measure about 1.1 MB), so a real address book fits.
 */
export const MAX_IMPORT_BYTES = 7 * 1024 * 1024

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The renderer calls this with `file.size` before reading the file, so a 50 MB file is never read. */
export function checkImportSize(fileName: string, bytes: number): void {
  if (bytes === 0) throw new ImportRefused(`"${fileName}" is empty. Kith expected a vCard (.vcf) or a CSV export from LinkedIn or Google Contacts.`)
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportRefused(
      `"${fileName}" is ${megabytes(bytes)}; Kith imports files up to ${megabytes(MAX_IMPORT_BYTES)}. ` +
        'Split it into smaller files (vCards with photos are large: export without photos), then import each.',
    )
  }
}

/** Refuses what is not text: a binary file has NUL bytes; invalid UTF-8 was decoded as U+FFFD. */
export function checkImportText(fileName: string, text: string): void {
  checkImportSize(fileName, text.length)
  if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ImportRefused(`"${fileName}" is empty. Kith expected a vCard (.vcf) or a CSV export from LinkedIn or Google Contacts.`)
  }
  if (text.includes('\u0000')) {
    throw new ImportRefused(
      `"${fileName}" is not a text file (it holds binary data). Kith expected a vCard (.vcf) or a CSV export from LinkedIn or Google Contacts.`,
    )
  }
  const bad = text.indexOf('\uFFFD')
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length
    throw new ImportRefused(
      `"${fileName}" is not UTF-8 text (the first unreadable character is on line ${line}). Save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.`,
    )
  }
}

const LINKEDIN_HEADER = /^\uFEFF?"?First Name"?,"?Last Name"?,/m
const GOOGLE_COLUMNS = ['Given Name', 'First Name', 'E-mail 1 - Value', 'Organization 1 - Name', 'Organization Name', 'Group Membership', 'Labels']

/** Which reader fits: decided by the content (a renamed file still imports), the extension only breaks ties. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const head = text.slice(0, 20_000).replace(/^\uFEFF/, '')
  if (/^[ \t]*BEGIN:VCARD[ \t]*\r?$/im.test(head)) return 'vcard'
  const firstLines = head.split(/\r?\n/, 20)
  const header = firstLines.find((line) => line.includes(','))
  if (header !== undefined) {
    const linkedInHeader = firstLines.find((line) => LINKEDIN_HEADER.test(line))
    if (linkedInHeader && /Connected On/.test(linkedInHeader)) return 'linkedin'
    const googleHits = GOOGLE_COLUMNS.filter((column) => header.includes(column)).length
    if (googleHits >= 2 || (googleHits >= 1 && /Name/.test(header) && /E-mail \d+ - Value/.test(header))) return 'google'
  }
  const shown = (header ?? firstLines[0] ?? '').slice(0, 120)
  throw new ImportRefused(
    `Kith could not tell what "${fileName}" holds. It expected a vCard (starting with BEGIN:VCARD), ` +
      'a LinkedIn Connections.csv (header: First Name, Last Name, URL, Email Address, Company, Position, Connected On) ' +
      `or a Google Contacts CSV (header with Given Name or First Name and E-mail 1 - Value). Its first line is: ${shown}`,
  )
}
