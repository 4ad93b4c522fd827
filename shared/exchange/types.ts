/** The formats Kith reads. */
export type ImportFormat = 'vcard' | 'linkedin' | 'google'

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn connections (CSV)',
  google: 'Google Contacts (CSV)',
}

/**
 * One person as a file describes them, before any matching: every format is read
 * into this shape, so matching and merging know nothing about formats.
 */
export type ImportedContact = {
  name: string
  company?: string
  role?: string
  emails: string[]
  phones: string[]
  links: Array<{ label: string; url: string }>
  tags: string[]
  /** First-met date (LinkedIn's "Connected On"), YYYY-MM-DD. */
  metOn?: string
  note?: string
  /** The Kith person id a Kith vCard export carried (X-KITH-ID). */
  kithId?: string
  /** Who introduced us: a Kith id (RELATED;TYPE=met URI) or a name. */
  introducedBy?: { kithId?: string; name?: string }
}

/** A contact with where it starts in the file, and what was left out of it. */
export type ReadContact = { line: number; contact: ImportedContact; warnings: string[] }
export type RowError = { line: number; message: string }

/** What a reader makes of a whole file. */
export type ReadResult = {
  format: ImportFormat
  contacts: ReadContact[]
  errors: RowError[]
  /** File-wide remarks, e.g. "12 photos were left out: Kith keeps no photos". */
  notices: string[]
}

/** Thrown when a file cannot be imported at all; the message says what was expected. */
export class ImportRefused extends Error {}
