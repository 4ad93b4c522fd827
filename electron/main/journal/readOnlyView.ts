import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyJournal } from '../../../shared/domain'
import { parseJournalBytes } from './journalFile'
import type { LoadedJournal } from './loadJournal'

const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS'])

/** Whether an error (or the error it wraps) says Kith may not write there. */
export function isNotAllowed(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code ?? ((error as Error)?.cause as NodeJS.ErrnoException | undefined)?.code
  return code !== undefined && NOT_ALLOWED.has(code)
}

/**
 * A journal Kith cannot write (a read-only folder or disk) opens read-only, showing what the file
 * holds, with the reason: a window that explains beats a raw error and no window.
 */
export async function unwritableView(path: string, now: Date, why: string): Promise<LoadedJournal> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new Error(`Kith can neither write nor read the journal ${path} (${error.code ?? error.message}). Check the file and its folder's permissions, or start Kith with --journal pointing at another file.`, { cause: error })
  })
  const parsed = bytes ? parseJournalBytes(bytes, now) : undefined
  const journal = parsed && parsed.kind !== 'missing' && parsed.kind !== 'damaged' ? parsed.journal : emptyJournal(now)
  return {
    journal,
    readOnly: true,
    diskIsGood: false,
    needsSave: false,
    recovery: { kind: 'read-only', message: `${why} Kith opened the journal read-only: you can look, but changes cannot be saved until Kith may write there.` },
  }
}

/** A folder where the journal file should be: an empty read-only view that says what to do. */
export function folderView(path: string, now: Date): LoadedJournal {
  return {
    journal: emptyJournal(now),
    readOnly: true,
    diskIsGood: false,
    needsSave: false,
    recovery: {
      kind: 'read-only',
      message: `${path} is a folder, not a journal file, so Kith opened an empty, read-only view and changed nothing. Start Kith with --journal pointing at a file, for example ${join(path, 'journal.json')}.`,
    },
  }
}
