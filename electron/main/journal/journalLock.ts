import { readFileSync, unlinkSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { link, open, readFile, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { hostname, uptime } from 'node:os'

/** What a lock file holds: enough to tell a live holder from a crashed one. */
type LockOwner = { pid: number; host: string; since: string }

export type JournalLock = {
  path: string
  /** Checks the lock is still ours: recreates it when something deleted it; `taken` when another program's lock replaced it. */
  verify(): Promise<'held' | 'restored' | 'taken'>
  release(): Promise<void>
}

export type LockDeps = {
  pid?: number
  /** Whether a process is running; injectable so tests can play a live stranger. */
  isAlive?: (pid: number) => boolean
  bootTime?: () => Date
  /**
   * Asks the user whether to take over a lock another computer left longer ago than
   * FOREIGN_LOCK_TIMEOUT_MS (its Kith may have crashed there). Without it such a lock is refused.
   */
  confirmTakeover?: (question: string) => Promise<boolean>
}

/** A lock from another computer older than this may be taken over, once the user confirms. */
export const FOREIGN_LOCK_TIMEOUT_MS = 24 * 60 * 60 * 1000

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

/** Another program replaced Kith's lock while the journal was open: saving stops until the user acts. */
export function lockTakenError(lockPath: string): Error & { code: string } {
  const message = `another program replaced Kith's lock file ${lockPath} while this Kith had the journal open (a second Kith, perhaps through a sync folder). Kith stopped saving so the two never overwrite each other's work. Export a copy, then close the other Kith`
  return Object.assign(new Error(message), { code: 'ELOCKTAKEN' })
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
    if (await createWithContent(path, text).catch((error) => unwritable(journalPath, error))) return ownLock(path, text, journalPath)
    const owner = await readOwner(path)
    if (owner === 'gone') continue
    const stale = owner === 'unreadable' || (owner.host === me.host && (!isAlive(owner.pid) || Date.parse(owner.since) < bootTime().getTime()))
    const foreignAndOld = owner !== 'unreadable' && owner.host !== me.host && Date.now() - Date.parse(owner.since) > FOREIGN_LOCK_TIMEOUT_MS
    const takeOver = !stale && foreignAndOld && (await deps.confirmTakeover?.(takeoverQuestion(journalPath, path, owner)))
    if (!stale && !takeOver) {
      if (owner.host !== me.host) {
        throw new JournalLockedError(
          `Kith on another computer (${owner.host}, process ${owner.pid}, since ${owner.since}) has this journal open: ${journalPath}. Close Kith there first. If that computer is off or Kith crashed there, delete the lock file ${path} and start Kith again.`,
        )
      }
      throw new JournalLockedError(
        owner.pid === me.pid && owner.host === me.host
          ? `This journal (${journalPath}) is already open in this Kith process. Close it before opening it again.`
          : `Another Kith (process ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`}) has this journal open: ${journalPath}. Close it first, so two programs never write the same journal.`,
      )
    }
    // Only remove the lock judged stale, not one another Kith created meanwhile.
    const judged = owner === 'unreadable' ? owner : JSON.stringify(owner)
    const now = await readOwner(path)
    if ((now === 'unreadable' ? now : JSON.stringify(now)) === judged) await unlink(path).catch(() => undefined)
  }
  throw new JournalLockedError(`Kith could not take the lock on ${journalPath}: another program keeps creating ${path}.`)
}

function takeoverQuestion(journalPath: string, lockPath: string, owner: LockOwner): string {
  const days = Math.floor((Date.now() - Date.parse(owner.since)) / 86_400_000)
  return `The journal ${journalPath} is locked by Kith on another computer (${owner.host}, since ${owner.since}, ${days} days ago). If Kith is not running there any more, Kith can take over the lock file ${lockPath}. If it is still running there, both would write the same journal and one side's changes would be lost.`
}

function unwritable(journalPath: string, error: NodeJS.ErrnoException): never {
  const why =
    error.code === 'ENOSPC'
      ? 'the disk is full'
      : error.code === 'EROFS'
        ? 'the disk is read-only'
        : error.code === 'EACCES' || error.code === 'EPERM'
          ? 'Kith is not allowed to write there'
          : error.message
  throw new Error(`Kith cannot open the journal ${journalPath} for writing: ${why}. Check the folder, then start Kith again.`, { cause: error })
}

/**
 * Creates the lock with its content in one step: a hard link of a finished temp file
 * fails if the lock exists, and never leaves an empty lock behind a crash. The temp
 * name matches the journal's leftover-save pattern, so a crash's leftover is cleaned up.
 */
async function createWithContent(path: string, text: string): Promise<boolean> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(temp, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    // FAT and exFAT drives have no hard links: create exclusively and write.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
    return createExclusively(path, text)
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function createExclusively(path: string, text: string): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.since !== 'string') return 'unreadable'
    return owner as LockOwner
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    // Not a lock Kith wrote (locks are created whole): nobody holds it.
    return 'unreadable'
  }
}

function ownLock(path: string, text: string, journalPath: string): JournalLock {
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
    verify: async () => {
      if (!held) return 'taken'
      const now = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : ''))
      if (now === text) return 'held'
      if (now !== undefined) return 'taken'
      // A sync tool or a cleaner deleted it: put it back, or a second Kith could open the journal.
      return (await createWithContent(path, text).catch((error) => unwritable(journalPath, error))) ? 'restored' : 'taken'
    },
    release: async () => {
      if (!held) return
      held = false
      process.off('exit', releaseSync)
      if ((await readFile(path, 'utf8').catch(() => '')) === text) await unlink(path).catch(() => undefined)
    },
  }
}
