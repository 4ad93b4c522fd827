import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES'])

export type DurableWriteOptions = {
  /** Waits between rename attempts; Windows antivirus and backup tools hold files briefly. */
  renameBackoffMs?: number[]
  mode?: number
}

/**
 * Writes `data` so that a reader (or a crash) sees either the whole old file or the
 * whole new one: a unique temp file in the same folder, fsynced, renamed over the
 * target, then the folder fsynced so the rename itself survives a power cut.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array | readonly Uint8Array[], options: DurableWriteOptions = {}): Promise<void> {
  const folder = dirname(path)
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o600)
    try {
      // Pieces are written one after another (each from where the last ended), never joined into one copy.
      if (Array.isArray(data)) for (const piece of data as readonly Uint8Array[]) await handle.writeFile(piece)
      else await handle.writeFile(data as string | Uint8Array)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, path, options.renameBackoffMs ?? [20, 50, 100, 250, 500, 1000])
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

async function renameWithRetry(from: string, to: string, backoffMs: number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!RETRYABLE_RENAME.has(code) || attempt >= backoffMs.length) throw error
      await new Promise((resolve) => setTimeout(resolve, backoffMs[attempt]))
    }
  }
}

/** POSIX only: Windows cannot open a folder for fsync, and NTFS journals renames itself. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Turns an fs error into a sentence a person can act on. */
export function describeSaveError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOSPC':
      return `The disk is full, so Kith could not save your journal (${path}). Free some space; your changes are kept in memory and will be saved on the next change.`
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return `Kith is not allowed to write to ${path}. Check the folder's permissions; your changes are kept in memory and will be saved on the next change.`
    default:
      return `Kith could not save your journal (${path}): ${(error as Error)?.message ?? String(error)}. Your changes are kept in memory and will be saved on the next change.`
  }
}
