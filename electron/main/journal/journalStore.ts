import { Low } from 'lowdb'
import { emptyJournal, type Journal } from '../../../shared/domain'
import { describeSaveError, writeFileDurably } from './durableFile'
import { ensurePrivateFolder, moveAside, readJournalFile } from './journalFile'
import { SaveQueue } from './saveQueue'

export type Recovery = { message: string; movedTo?: string }

export type StoreOptions = { now?: () => Date }

/**
 * The only code that reads or writes the journal file. Holds the journal in memory,
 * and `mutate` resolves only once the changed journal is durable on disk.
 */
export class JournalStore {
  readonly path: string
  readonly readOnly: boolean
  readonly recovery?: Recovery
  private readonly db: Low<Journal>
  private readonly saves: SaveQueue
  private readonly listeners = new Set<() => void>()

  private constructor(path: string, journal: Journal, readOnly: boolean, recovery?: Recovery) {
    this.path = path
    this.readOnly = readOnly
    this.recovery = recovery
    // lowdb gives us the familiar `data` + `write()` shape; durability lives in the adapter.
    this.db = new Low<Journal>(
      {
        read: async () => null,
        write: async (data) => {
          try {
            await writeFileDurably(path, JSON.stringify(data))
          } catch (error) {
            throw new Error(describeSaveError(error, path), { cause: error })
          }
        },
      },
      journal,
    )
    this.saves = new SaveQueue(() => this.db.write())
  }

  static async open(path: string, options: StoreOptions = {}): Promise<JournalStore> {
    const now = options.now ?? (() => new Date())
    await ensurePrivateFolder(path)
    const result = await readJournalFile(path)
    switch (result.kind) {
      case 'ok':
        return new JournalStore(path, result.journal, false)
      case 'missing': {
        const store = new JournalStore(path, emptyJournal(now()), false)
        await store.save()
        return store
      }
      case 'newer':
        return new JournalStore(path, emptyJournal(now()), true, {
          message: `This journal was written by a newer version of Kith (format ${result.version}). It is open read-only so nothing in it is lost; update Kith to work with it.`,
        })
      case 'damaged': {
        const movedTo = await moveAside(path, now())
        const store = new JournalStore(path, emptyJournal(now()), false, {
          message: `Kith could not read your journal: ${result.reason}. The damaged file was kept, untouched, at ${movedTo}. A new, empty journal was started.`,
          movedTo,
        })
        await store.save()
        return store
      }
    }
  }

  get journal(): Journal {
    return this.db.data
  }

  /** Applies a change in memory, then resolves once it is on disk (or rejects with a readable error). */
  async mutate<T>(change: (journal: Journal) => T): Promise<T> {
    if (this.readOnly) throw new Error('This journal is open read-only because a newer version of Kith wrote it. Nothing was changed.')
    const result = change(this.db.data)
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

  save(): Promise<void> {
    return this.saves.request()
  }

  /** Waits for the last write to finish: quitting calls this. */
  flush(): Promise<void> {
    return this.saves.idle()
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emitChange(): void {
    for (const listener of this.listeners) listener()
  }
}
