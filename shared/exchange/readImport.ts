import { checkImportText, detectFormat } from './detect'
import { googleSteps, readGoogle } from './google'
import { linkedInBody, linkedInSteps, readLinkedIn } from './linkedin'
import { nextTurn, runInSlices, type StepsDone } from './slices'
import { ImportRefused, type ReadResult } from './types'
import { readVCards, vcardSteps } from './vcardRead'

const READERS = { vcard: readVCards, linkedin: readLinkedIn, google: readGoogle }

/** Reads an import file of any supported format; throws ImportRefused with what was expected when it cannot. */
export function readImport(fileName: string, text: string): ReadResult {
  checkImportText(fileName, text)
  return atLeastOneContact(fileName, READERS[detectFormat(fileName, text)](text))
}

/**
 * The same, in slices that hand the event loop back every few milliseconds; `progress` hears how
 * much is read (characters of a CSV file, cards of a vCard file) at each pause.
 */
export async function readImportInSlices(fileName: string, text: string, progress?: (done: StepsDone) => void): Promise<ReadResult> {
  checkImportText(fileName, text)
  const format = detectFormat(fileName, text)
  await nextTurn()
  let result: ReadResult
  if (format === 'vcard') result = await runInSlices(vcardSteps(text), progress)
  else if (format === 'linkedin') {
    const { body, firstLine } = linkedInBody(text)
    result = await runInSlices(linkedInSteps(body, firstLine), progress)
  } else result = await runInSlices(googleSteps(text), progress)
  return atLeastOneContact(fileName, result)
}

function atLeastOneContact(fileName: string, result: ReadResult): ReadResult {
  if (result.contacts.length === 0) {
    const first = result.errors[0]
    throw new ImportRefused(
      `"${fileName}" holds no contacts Kith can read` +
        (first ? `: line ${first.line}: ${first.message}` : ': only a header, or no cards between BEGIN:VCARD and END:VCARD.'),
    )
  }
  return result
}
