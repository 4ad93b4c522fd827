import { Low } from 'lowdb'
import { basename, dirname } from 'node:path'
import type { Journal } from '../../../shared/domain'
import { readBackupJournal, type BackupReason } from './backups'
import { describeSaveError, writeFileDurably } from './durableFile'
import { noteCheckedBytes } from './journalChecked'
import { ensurePrivateFolder, realJournalPath } from './journalFile'
import { lockTakenError, type JournalLock, type LockDeps } from './journalLock'
import { JournalText } from './journalText'
import { loadJournal, type Recovery } from './loadJournal'
import { SaveQueue } from './saveQueue'
import { RecordCheck, type RecordList } from './recordCheck'
import { SetAsideShelf } from './setAsideShelf'
import { RunBackups } from './runBackups'
import { purgeExpiredTrash } from './trash'
import { lockOrReason, unwritableView, WRITTEN_BY_NEWER_KITH } from './readOnlyView'
import { OutsideGuard, watchFolder, type WatchFolder } from './outsideChanges'
import {
  freezeInSlices,
  freezeListInSlices,
  freezeWhatChanged,
  produceChange,
  replacement,
  STATUS_ONLY,
  touchedFields,
  type JournalChange,
  type Recipe,
  type StoreChange,
} from './journalChange'

export type { Recovery } from './loadJournal'
export type { ChangeSource, StoreChange } from './journalChange'
export type StoreOptions = {
  now?: () => Date
  /** Writes the journal file; durable by default. Tests pass a failing one to play a full disk. */
  writeFile?: (path: string, data: string) => Promise<void>
  /** `false` skips the one-writer lock (only for tools that open a copy). */
  lock?: LockDeps | false
  /** Watches the journal's folder for outside changes while Kith is idle; `false` for none. */
  watch?: WatchFolder | false
}

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
  private readonly listeners = new Set<(change: StoreChange) => void>()
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
  private readonly opened: Promise<void> // every record the journal opened with, frozen

  private constructor(path: string, journal: Journal, readOnly: boolean, diskIsGood: boolean, options: StoreOptions) {
    this.path = path
    this.readOnly = readOnly
    this.diskIsGood = diskIsGood
    this.now = options.now ?? (() => new Date())
    this.outside = new OutsideGuard(path, this.now)
    this.backups = new RunBackups(path, this.now, () => this.journal.settings.backups)
    this.setAside = new SetAsideShelf(path, this.now)
    const custom = options.writeFile
    const writeFile = custom
      ? (target: string, pieces: Buffer[]) => custom(target, Buffer.concat(pieces).toString('utf8'))
      : (target: string, pieces: Buffer[]) => writeFileDurably(target, pieces)
    // lowdb's role: it holds the journal as it is now (`db.data`, replaced whole by each change, never
    // edited) and writes it through our adapter (`db.write()`): the durable, sliced, lock-checked write
    // below. Reading is ours too (loadJournal checks and migrates), so the adapter never reads.
    this.db = new Low<Journal>({ read: async () => null, write: (data) => this.writeJournal(data, writeFile) }, journal)
    this.opened = freezeInSlices(journal) // while the window loads; each change freezes what it makes
    this.saves = new SaveQueue(() => this.db.write())
    // The journal was parsed against the whole schema on its way in (loadJournal).
    this.records.trust(journal)
  }

  static async open(path: string, options: StoreOptions = {}): Promise<JournalStore> {
    const now = options.now ?? (() => new Date())
    await ensurePrivateFolder(path).catch((error: Error) => {
      throw new Error(`Kith cannot create the folder for the journal ${path}: ${error.message}`, { cause: error })
    })
    const { lock, unwritable } = await lockOrReason(path, options.lock)
    try {
      const loaded = unwritable ? await unwritableView(path, now(), unwritable) : await loadJournal(path, now())
      const store = new JournalStore(path, loaded.journal, loaded.readOnly, loaded.diskIsGood, options)
      store.lock = lock
      await store.outside.remember()
      if (options.watch !== false) store.watchFolder(options.watch ?? watchFolder)
      store.recovery = loaded.recovery
      store.setAside.add(loaded.setAside ?? [])
      if (loaded.migratedFrom !== undefined) await store.backupNow('before-migration')
      // A journal that cannot be saved yet still opens: the status shows the error, and the next save retries.
      if (!loaded.readOnly) {
        const purge = produceChange(store.journal, (draft) => purgeExpiredTrash(draft, now()))
        if (loaded.needsSave || purge.result > 0) await store.commit(purge.change).catch(() => undefined)
      }
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

  /** Checks and freezes the records a coming change will add (an import's), in slices, so the change does not hold the main process. */
  async precheck(list: RecordList, records: readonly unknown[]): Promise<void> {
    await this.records.checkAhead(list, records)
    await freezeListInSlices(records)
  }

  /**
   * Applies a change in memory, then resolves once it is on disk (or rejects with a readable error).
   * Every record the change adds or replaces is checked against its schema first: an invalid one
   * (whatever produced it: an import merge, a migration, a restore) undoes the change and is
   * refused with its field named, so the journal on disk always opens.
   */
  async mutate<T>(recipe: Recipe<T>): Promise<T> {
    this.refuseIfReadOnly()
    // Immer: a recipe that throws changed nothing; one that ran gives a new, frozen journal and its patches.
    const { change, result } = produceChange(this.db.data, recipe)
    await this.commit(change)
    return result
  }

  /** Replaces the whole journal (first run, restore), durably. */
  async replace(journal: Journal): Promise<void> {
    this.refuseIfReadOnly()
    await this.commit(replacement(this.db.data, journal))
  }

  /** The one place the journal in memory moves on: checked, counted, saved, then told to listeners with its patches. */
  private async commit(change: JournalChange, alongside?: () => void): Promise<void> {
    // Records still in their slot were checked before; of the rest, only the fields the patches touched.
    this.records.check(change.journal, this.db.data, touchedFields(change.patches))
    freezeWhatChanged(change)
    this.db.data = change.journal
    alongside?.()
    this.changes++
    try {
      await this.save()
    } finally {
      this.emitChange(change)
    }
  }

  private refuseIfReadOnly = (): void => {
    if (this.readOnly) throw new Error(this.recovery?.kind === 'read-only' ? this.recovery.message : WRITTEN_BY_NEWER_KITH)
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
    this.refuseIfReadOnly()
    const parsed = await readBackupJournal(this.path, file, this.now())
    if (this.diskIsGood) await this.backupNow('before-restore')
    // Cleared with the change itself, so the status read by listeners of this change is already the restored one.
    // The backup was just checked in full; its records need no second check.
    this.records.trust(parsed.journal)
    await this.commit(replacement(this.db.data, parsed.journal), () => {
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

  /** Resolves once every record the journal opened with is frozen (tests wait on it). */
  readonly frozen = (): Promise<void> => this.opened
  /** Resolves once the checks started by the folder watcher have run (tests wait on it). */
  readonly idleChecks = (): Promise<void> => this.checks

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
    const error = lockTakenError(this.lock.path)
    this.lastSaveError = describeSaveError(error, this.path)
    throw error
  }

  /** Listeners hear every change once it is saved (or failed to save), with the patches that made it. */
  onChange(listener: (change: StoreChange) => void): () => void {
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

  private emitChange(change: StoreChange = STATUS_ONLY): void {
    for (const listener of this.listeners) listener(change)
  }
}
