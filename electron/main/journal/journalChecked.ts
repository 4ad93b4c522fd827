import { createHash } from 'node:crypto'
import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { schemaFingerprint } from './journalValidator'

/**
 * Opening a 16 MB journal spends a third of its time checking 77,000 records that Kith
 * itself checked before writing them. Beside the journal Kith keeps the SHA-256 of the
 * bytes it last wrote and the fingerprint of the format they were checked against; when
 * the file on disk still hashes to that, and the format is the same, the records are
 * known good and the check is skipped. Any other file (edited by hand, half-written,
 * restored, from another version of Kith) is checked in full, as before.
 */

/** The note beside the journal: `journal.json.checked`. */
export const checkedNotePath = (journalPath: string) => `${journalPath}.checked`

type CheckedNote = { sha256: string; format: string }

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))
/** Hash this much between yields: about 3 ms of SHA-256, so a save never holds the main process long. */
const HASH_SLICE_BYTES = 4 * 1024 * 1024

/** Notes the bytes just written to the journal, and returns their SHA-256. Failing to note is harmless: the next open checks in full. */
export async function noteCheckedBytes(journalPath: string, pieces: readonly Buffer[]): Promise<string> {
  const hash = createHash('sha256')
  let sinceYield = 0
  for (const piece of pieces) {
    hash.update(piece)
    sinceYield += piece.length
    if (sinceYield >= HASH_SLICE_BYTES) {
      await yieldToEventLoop()
      sinceYield = 0
    }
  }
  const note: CheckedNote = { sha256: hash.digest('hex'), format: schemaFingerprint() }
  const path = checkedNotePath(journalPath)
  const temp = `${path}.${process.pid}.tmp`
  try {
    // Renamed into place, so a crash leaves the old note or the new one, never half of one.
    await writeFile(temp, JSON.stringify(note), { mode: 0o600 })
    await rename(temp, path)
  } catch {
    await unlink(temp).catch(() => undefined)
  }
  return note.sha256
}

/** Whether these bytes are exactly the ones Kith last wrote and checked, in the format this Kith checks. */
export async function wereCheckedBefore(journalPath: string, bytes: Buffer): Promise<boolean> {
  let note: Partial<CheckedNote>
  try {
    note = JSON.parse(await readFile(checkedNotePath(journalPath), 'utf8')) as Partial<CheckedNote>
  } catch {
    return false
  }
  if (typeof note?.sha256 !== 'string' || note.format !== schemaFingerprint()) return false
  return createHash('sha256').update(bytes).digest('hex') === note.sha256
}
