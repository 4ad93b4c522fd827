import { createHash } from 'node:crypto'
import { watch as fsWatch } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** What Kith knows of the journal file it last wrote (or opened): enough to tell another program's version from its own. */
export type DiskSignature = { size: number; mtimeMs: number; ino: number; sha256?: string }

/** Starts watching the journal's folder; returns the way to stop. A parameter, so tests fire events by hand. */
export type WatchFolder = (folder: string, onEvent: (file: string | null) => void) => { close(): void }

export const watchFolder: WatchFolder = (folder, onEvent) => {
  // Not persistent: a watcher alone must never keep Kith running.
  const watcher = fsWatch(folder, { persistent: false }, (_event, file) => onEvent(file === null ? null : String(file)))
  watcher.on('error', () => undefined)
  return watcher
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export async function signatureOf(path: string, sha256?: string): Promise<DiskSignature | undefined> {
  try {
    const info = await stat(path)
    return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256 }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * The file's bytes when they are not what Kith last wrote; undefined when they are (or there is no
 * file, so nothing to lose). The size, time and inode decide cheaply; when only they differ (a
 * `touch`, a copy of the same bytes), the hash decides, so an unchanged file is never copied.
 */
export async function outsideVersion(path: string, last: DiskSignature | undefined): Promise<Buffer | undefined> {
  const now = await signatureOf(path)
  if (!now) return undefined
  if (last && now.size === last.size && now.mtimeMs === last.mtimeMs && now.ino === last.ino) return undefined
  const bytes = await readFile(path)
  if (last?.sha256 !== undefined && sha256Of(bytes) === last.sha256) return undefined
  return bytes
}

/** Keeps another program's version beside the journal, never over anything: `<name>.outside-<time>.json`. */
export async function keepOutsideCopy(path: string, bytes: Buffer, now: Date): Promise<string> {
  const name = basename(path).replace(/\.json$/i, '')
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; ; attempt++) {
    const target = join(dirname(path), `${name}.outside-${stamp}${attempt ? `-${attempt}` : ''}.json`)
    try {
      await writeFile(target, bytes, { flag: 'wx', mode: 0o600 })
      return target
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error
    }
  }
}

export function describeOutsideChange(path: string, keptAs: string): string {
  return `Your journal (${path}) was changed outside Kith since Kith last saved it: by another device through a sync folder, a restore or a hand edit. Kith kept that version, untouched, as ${keptAs}, and saved its own. Nothing was lost: to use the other version, import people from it or replace the journal with it while Kith is closed.`
}

/** Guards the journal file against being overwritten when another program changed it since Kith wrote it. */
export class OutsideGuard {
  private last?: DiskSignature
  /** What the user is told once an outside version was kept. */
  notice?: string

  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** Remembers the file as it is now: just opened, or just written (with the hash of the bytes written). */
  async remember(sha256?: string): Promise<void> {
    this.last = await signatureOf(this.path, sha256)
  }

  /** Keeps an outside version beside the journal when there is one; true when it kept one. */
  async keepOutsideVersion(): Promise<boolean> {
    const bytes = await outsideVersion(this.path, this.last)
    if (!bytes) return false
    const keptAs = await keepOutsideCopy(this.path, bytes, this.now())
    this.notice = describeOutsideChange(this.path, keptAs)
    this.last = await signatureOf(this.path, sha256Of(bytes))
    return true
  }
}
