import { checkImportText, detectFormat } from './detect'
import { readGoogle } from './google'
import { readLinkedIn } from './linkedin'
import { ImportRefused, type ReadResult } from './types'
import { readVCards } from './vcardRead'

const READERS = { vcard: readVCards, linkedin: readLinkedIn, google: readGoogle }

/** Reads an import file of any supported format; throws ImportRefused with what was expected when it cannot. */
export function readImport(fileName: string, text: string): ReadResult {
  checkImportText(fileName, text)
  const result = READERS[detectFormat(fileName, text)](text)
  if (result.contacts.length === 0) {
    const first = result.errors[0]
    throw new ImportRefused(
      `"${fileName}" holds no contacts Kith can read` +
        (first ? `: line ${first.line}: ${first.message}` : ': only a header, or no cards between BEGIN:VCARD and END:VCARD.'),
    )
  }
  return result
}
