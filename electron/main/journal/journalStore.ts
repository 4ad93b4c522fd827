import { Low } from 'lowdb'
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { Journal } from '../../../shared/domain'
import { backupPath, type BackupReason } from './backups'
import { describeSaveError, writeFileDurably } from './durableFile'
import { noteCheckedBytes } from './journalChecked'
import { ensurePrivateFolder, parseJournalBytes, realJournalPath } from './journalFile'
import { acquireJournalLock, type JournalLock, type LockDeps } from './journalLock'
import { JournalText } from './journalText'
import { loadJournal, type Recovery } from './loadJournal'
import { SaveQueue } from './saveQueue'
import { RecordCheck, type RecordList } from './recordCheck'
import { SetAsideShelf } from './setAsideShelf'
import { RunBackups } from './runBackups'
import { purgeExpiredTrash } from './trash'
import { isNotAllowed, unwritableView } from './readOnlyView'
import { OutsideGuard, watchFolder, type WatchFolder } from './outsideChanges'

export type { Recovery } from './loadJournal'

export type StoreOptions = {
  now?: () => Date
  /** Writes the journal file; durable by default. Tests pass a failing one to play a full disk. */
  writeFile?: (path: string, data: string) => Promise<void>
  /** `false` skips the one-writer lock (only for tools that open a copy). */
  lock?: LockDeps | false
  /** Watches the journal's folder for outside changes while Kith is idle; `false` for none. */
  watch?: WatchFolder | false
}

const READ_ONLY =
  'This journal is open read-only because a newer version of Kith wrote it. Nothing was changed; update Kith to edit it.'

/**
 * The only code that reads or writes the journal file. Holds the journal in memory,
 * and `mutate` resolves only once the changed journal is durable on disk.
 */
export class JournalStore {
  readonly path: string
  readonly readOnly: boolean
  /** Set when the journal could not be opened as it was; cleared by a restore. */
  recovery?: Recovery
  /** The readable reason the last save failed; cleared by the next good save. */
  lastSaveError?: string
  private readonly db: Low<Journal>
  private readonly saves: SaveQueue
  private readonly text = new JournalText()
  private readonly records = new RecordCheck()
  private readonly listeners = new Set<() => void>()
  private readonly now: () => Date
  private changes = 0
  private savedChanges = 0
  private diskIsGood: boolean
  private readonly backups: RunBackups
  private lock?: JournalLock
  /** Records a full check kept out of the journal at opening, by the key the recovery screen uses. */
  private readonly setAside: SetAsideShelf
  private readonly outside: OutsideGuard
  private watcher?: { close(): void }
  private checks: Promise<void> = Promise.resolve()

  private constructor(path: string, journal: Journal, readOnly: boolean, diskIsGood: boolean, options: StoreOptions) {
    this.path = path
    this.readOnly = readOnly
    this.diskIsGood = diskIsGood
    this.now = options.now ?? (() => new Date())
    this.outside = new OutsideGuard(path, this.now)
    this.backups = new RunBackups(path, this.now, () => this.journal.settings.backups)
    this.setAside = new SetAsideShelf(path, this.now)
    const custom = options.writeFile
    const writeFile = custom ? (target: string, pieces: Buffer[]) => custom(target, Buffer.concat(pieces).toString('utf8')) : (target: string, pieces: Buffer[]) => writeFileDurably(target, pieces)
    // lowdb gives us the familiar `data` + `write()` shape; durability lives in the adapter.
    this.db = new Low<Journal>({ read: async () => null, write: (data) => this.writeJournal(data, writeFile) }, journal)
    this.saves = new SaveQueue(() => this.db.write())
    // The journal was parsed against the whole schema on its way in (loadJournal).
    this.records.trust(journal)
  }

  static async open(path: string, options: StoreOptions = {}): Promise<JournalStore> {
    const now = options.now ?? (() => new Date())
    await ensurePrivateFolder(path).catch((error: Error) => {
      throw new Error(`Kith cannot create the folder for the journal ${path}: ${error.message}`, { cause: error })
    })
    // Keyed on the real file: the same journal reached through a symlink is the same journal.
    let lock: JournalLock | undefined
    let unwritable: string | undefined
    try {
      lock = options.lock === false ? undefined : await acquireJournalLock(await realJournalPath(path), options.lock)
    } catch (error) {
      if (!isNotAllowed(error)) throw error
      unwritable = (error as Error).message
    }
    try {
      const loaded = unwritable ? await unwritableView(path, now(), unwritable) : await loadJournal(path, now())
      const store = new JournalStore(path, loaded.journal, loaded.readOnly, loaded.diskIsGood, options)
      store.lock = lock
      await store.outside.remember()
      if (options.watch !== false) store.watchFolder(options.watch ?? watchFolder)
      store.recovery = loaded.recovery
      store.setAside.add(loaded.setAside ?? [])
      if (loaded.migratedFrom !== undefined) await store.backupNow('before-migration')
      const purged = loaded.readOnly ? 0 : purgeExpiredTrash(store.journal, now())
      // A journal that cannot be saved yet still opens: the status shows the error, and the next save retries.
      if (loaded.needsSave || purged > 0) await store.mutate(() => undefined).catch(() => undefined)
      return store
    } catch (error) {
      await lock?.release()
      throw error
    }
  }

  get journal(): Journal {
    return this.db.data
  }

  /** Counts changes in memory, bumped the moment a change is applied (before it is on disk), so caches of derived views never outlive it. */
  get revision(): number {
    return this.changes
  }

  /** Checks records a coming change will add (an import's), in slices, so the change does not hold the main process. */
  precheck(list: RecordList, records: readonly unknown[]): Promise<void> {
    return this.records.checkAhead(list, records)
  }

  /**
   * Applies a change in memory, then resolves once it is on disk (or rejects with a readable error).
   * Every record the change adds or replaces is checked against its schema first: an invalid one
   * (whatever produced it: an import merge, a migration, a restore) undoes the change and is
   * refused with its field named, so the journal on disk always opens.
   */
  async mutate<T>(change: (journal: Journal) => T): Promise<T> {
    if (this.readOnly) throw new Error(this.recovery?.kind === 'read-only' ? this.recovery.message : READ_ONLY)
    const before = this.db.data
    const shape = snapshotOf(before)
    let result: T
    try {
      result = change(this.db.data)
      this.records.check(this.db.data, shape)
    } catch (error) {
      this.db.data = before
      Object.assign(before, shape)
      throw error
    }
    this.changes++
    try {
      await this.save()
    } finally {
      this.emitChange()
    }
    return result
  }

  /** Replaces the whole journal (first run, restore), durably. */
  async replace(journal: Journal): Promise<void> {
    await this.mutate(() => {
      this.db.data = journal
    })
  }

  /** Resolves once a write that started after this call is on disk. A read-only journal is never written. */
  save(): Promise<void> {
    if (this.readOnly) return Promise.resolve()
    return this.saves.request()
  }

  /** Waits for the last write, and retries one that failed: quitting calls this and tells the user if it throws. */
  async flush(): Promise<void> {
    await this.saves.idle()
    if (this.savedChanges < this.changes) await this.save()
  }

  /** Flushes, then lets another Kith open the journal. */
  async close(): Promise<void> {
    this.watcher?.close()
    this.watcher = undefined
    try {
      await this.flush()
    } finally {
      await this.lock?.release()
      this.lock = undefined
    }
  }

  /** Copies the journal as it is on disk into the backups folder (before an import, say). */
  async backupNow(reason: BackupReason): Promise<string | undefined> {
    if (!this.readOnly) await this.flush()
    return this.backups.take(reason, { beforeFirstSave: this.changes === 0 })
  }

  /** Replaces the journal with a backup, having backed up the current one first. */
  async restoreBackup(file: string): Promise<void> {
    if (this.readOnly) throw new Error(this.recovery?.kind === 'read-only' ? this.recovery.message : READ_ONLY)
    const parsed = parseJournalBytes(await readFile(await backupPath(this.path, file)), this.now())
    if (parsed.kind === 'newer') throw new Error(`The backup ${file} was written by a newer version of Kith, so this Kith cannot restore it.`)
    if (parsed.kind !== 'ok') throw new Error(`The backup ${file} cannot be restored: ${parsed.kind === 'damaged' ? parsed.reason : 'it is missing'}.`)
    if (this.diskIsGood) await this.backupNow('before-restore')
    // Cleared with the change itself, so the status read by listeners of this change is already the restored one.
    // The backup was just checked in full; its records need no second check.
    this.records.trust(parsed.journal)
    await this.mutate(() => {
      this.db.data = parsed.journal
      this.recovery = undefined
      this.setAside.clear()
    })
    if (parsed.setAside) {
      this.recovery = await this.setAside.keep(parsed.setAside, `the backup ${file}`)
      this.emitChange()
    }
  }

  /** Mends a set-aside record (its offending field cleared, then back in the journal) or drops it; its file keeps it either way. */
  async settleSetAside(key: string, how: 'repair' | 'drop'): Promise<void> {
    const { list, record } = this.setAside.take(key, how, this.recovery?.setAsideFile)
    if (record !== undefined) await this.mutate((journal) => (journal[list] as unknown[]).push(record))
    this.recovery = this.setAside.recoveryAfterTaking(this.recovery)
    this.emitChange()
  }

  /** Set once a version written by another program was kept beside the journal: what the user is told. */
  get outsideChange(): string | undefined {
    return this.outside.notice
  }

  /** Resolves once the checks started by the folder watcher have run (tests wait on it). */
  idleChecks(): Promise<void> {
    return this.checks
  }

  private watchFolder(watch: WatchFolder): void {
    const names = new Set([basename(this.path), `${basename(this.path)}.lock`])
    this.watcher = watch(dirname(this.path), (file) => {
      if (file !== null && !names.has(file)) return
      this.checks = this.checks.then(() => this.checkWhileIdle()).catch(() => undefined)
    })
  }

  /** A save checks for itself; an idle Kith checks when the folder changes, so the user hears of it before the next save. */
  private async checkWhileIdle(): Promise<void> {
    if (this.readOnly || this.saves.busy) return
    if (await this.outside.keepOutsideVersion()) {
      // Both are kept: theirs as the named copy, Kith's (every acknowledged change) back in the journal now, not at the next change.
      await this.save().catch(() => undefined)
      this.emitChange()
    }
    await this.keepLock().catch(() => this.emitChange())
  }

  /** Puts back a lock something deleted; refuses to write once another program's lock replaced it. */
  private async keepLock(): Promise<void> {
    if (!this.lock || (await this.lock.verify()) !== 'taken') return
    const error = Object.assign(new Error(`another program replaced Kith's lock file ${this.lock.path} while this Kith had the journal open (a second Kith, perhaps through a sync folder). Kith stopped saving so the two never overwrite each other's work. Export a copy, then close the other Kith`), { code: 'ELOCKTAKEN' })
    this.lastSaveError = describeSaveError(error, this.path)
    throw error
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async writeJournal(data: Journal, writeFile: (path: string, pieces: Buffer[]) => Promise<void>): Promise<void> {
    const covers = this.changes
    // The journal as it is now, assembled in slices from the cached bytes of unchanged records.
    const pieces = await this.text.serialise(data)
    // Another program's version of the file is kept before Kith writes over it.
    if (await this.outside.keepOutsideVersion()) queueMicrotask(() => this.emitChange())
    if (this.diskIsGood) await this.backups.beforeSave()
    try {
      await this.keepLock()
      // Through a symlink to its target: replacing the link would silently stop a linked journal syncing.
      await writeFile(await realJournalPath(this.path), pieces)
    } catch (error) {
      this.lastSaveError = describeSaveError(error, this.path)
      throw new Error(this.lastSaveError, { cause: error })
    }
    this.lastSaveError = undefined
    this.diskIsGood = true
    this.savedChanges = Math.max(this.savedChanges, covers)
    // Every record in these bytes was checked on its way into the journal.
    await this.outside.remember(await noteCheckedBytes(this.path, pieces))
  }

  private emitChange(): void {
    for (const listener of this.listeners) listener()
  }
}

/** The journal's top level as it is: lists copied (their records are immutable), the small rest cloned. */
function snapshotOf(journal: Journal): Journal {
  const copy = {} as Record<string, unknown>
  for (const [key, value] of Object.entries(journal)) copy[key] = Array.isArray(value) ? value.slice() : structuredClone(value)
  return copy as Journal
}
