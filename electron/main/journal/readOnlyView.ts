import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyJournal } from '../../../shared/domain'
import { parseJournalBytes, realJournalPath } from './journalFile'
import { acquireJournalLock, type JournalLock, type LockDeps } from './journalLock'
import type { LoadedJournal } from './loadJournal'

/** Why a journal that a newer Kith wrote opens read-only. */
export const WRITTEN_BY_NEWER_KITH = 'This journal is open read-only because a newer version of Kith wrote it. Nothing was changed; update Kith to edit it.'

const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS'])

/** Whether an error (or the error it wraps) says Kith may not write there. */
export function isNotAllowed(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code ?? ((error as Error)?.cause as NodeJS.ErrnoException | undefined)?.code
  return code !== undefined && NOT_ALLOWED.has(code)
}

/** The one-writer lock, or where Kith may not write, the reason (the journal then opens read-only). */
export async function lockOrReason(path: string, option: LockDeps | false | undefined): Promise<{ lock?: JournalLock; unwritable?: string }> {
  if (option === false) return {}
  try {
    // Keyed on the real file: the same journal reached through a symlink is the same journal.
    return { lock: await acquireJournalLock(await realJournalPath(path), option) }
  } catch (error) {
    if (!isNotAllowed(error)) throw error
    return { unwritable: (error as Error).message }
  }
}

/**
 * A journal Kith cannot write (a read-only folder or disk) opens read-only, showing what the file
 * holds, with the reason: a window that explains beats a raw error and no window.
 */
export async function unwritableView(path: string, now: Date, why: string): Promise<LoadedJournal> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new Error(
      `Kith can neither write nor read the journal ${path} (${error.code ?? error.message}). Check the file and its folder's permissions, or start Kith with --journal pointing at another file.`,
      { cause: error },
    )
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
