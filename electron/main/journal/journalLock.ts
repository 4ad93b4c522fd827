import { readFileSync, unlinkSync } from 'node:fs'
import { open, readFile, stat, unlink } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'

/** What a lock file holds: enough to tell a live holder from a crashed one. */
type LockOwner = { pid: number; host: string; since: string }

export type JournalLock = { path: string; release(): Promise<void> }

export type LockDeps = {
  pid?: number
  /** Whether a process is running; injectable so tests can play a live stranger. */
  isAlive?: (pid: number) => boolean
  bootTime?: () => Date
}

export class JournalLockedError extends Error {}

function defaultIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export const lockPathFor = (journalPath: string) => `${journalPath}.lock`

/**
 * One writer per journal: a `<journal>.lock` file created exclusively, holding the pid.
 * A lock whose process is gone (or that predates the last boot, when pids are reused)
 * is stale and taken over.
 */
export async function acquireJournalLock(journalPath: string, deps: LockDeps = {}): Promise<JournalLock> {
  const path = lockPathFor(journalPath)
  const me: LockOwner = { pid: deps.pid ?? process.pid, host: hostname(), since: new Date().toISOString() }
  const isAlive = deps.isAlive ?? defaultIsAlive
  const bootTime = deps.bootTime ?? (() => new Date(Date.now() - uptime() * 1000))
  const text = JSON.stringify(me)

  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600)
      try {
        await handle.writeFile(text)
        await handle.sync()
      } finally {
        await handle.close()
      }
      return ownLock(path, text)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = await readOwner(path)
    if (owner === 'gone') continue
    if (owner === 'unreadable' && (await ageMs(path)) < 2_000) {
      // Probably a Kith that created the lock a moment ago and is writing its pid.
      await new Promise((resolve) => setTimeout(resolve, 150))
      continue
    }
    const stale =
      owner === 'unreadable' ||
      (owner.host === me.host && (!isAlive(owner.pid) || Date.parse(owner.since) < bootTime().getTime()))
    if (!stale) {
      throw new JournalLockedError(
        owner.pid === me.pid && owner.host === me.host
          ? `This journal (${journalPath}) is already open in this Kith process. Close it before opening it again.`
          : `Another Kith (process ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`}) has this journal open: ${journalPath}. Close it first, so two programs never write the same journal.`,
      )
    }
    await unlink(path).catch(() => undefined)
  }
  throw new JournalLockedError(`Kith could not take the lock on ${journalPath}: another program keeps creating ${path}.`)
}

async function ageMs(path: string): Promise<number> {
  return stat(path).then((info) => Date.now() - info.mtimeMs, () => Infinity)
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.since !== 'string') return 'unreadable'
    return owner as LockOwner
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    // A crash between creating the lock and writing the pid leaves it empty: nobody holds it.
    return 'unreadable'
  }
}

function ownLock(path: string, text: string): JournalLock {
  let held = true
  /** Removes the lock only while it is still ours (a takeover may have replaced it). */
  const releaseSync = () => {
    if (!held) return
    held = false
    process.off('exit', releaseSync)
    try {
      if (readFileSync(path, 'utf8') === text) unlinkSync(path)
    } catch {
      // Already gone: nothing to release.
    }
  }
  // `process.exit()` (the bridge CLI on Ctrl-C) skips async cleanup; this still runs.
  process.on('exit', releaseSync)
  return {
    path,
    release: async () => {
      if (!held) return
      held = false
      process.off('exit', releaseSync)
      if ((await readFile(path, 'utf8').catch(() => '')) === text) await unlink(path).catch(() => undefined)
    },
  }
}
