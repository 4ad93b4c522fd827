import type { Handlers } from '../../../shared/api/contract'
import type { ImportProgress } from '../../../shared/exchange/api'
import { JournalStore, type StoreOptions } from './journalStore'
import { createJournalService, type ServiceDeps } from './service'

export type OpenJournal = {
  store: JournalStore
  handlers: Handlers
  /**
   * Derives the views a window asks for first (the shared index and relationships, the whole
   * timeline in the compact form the renderer asks for) now rather than on its first call: called while the window is still loading its
   * page, it takes that work off the first render. Errors are left to the calls themselves.
   */
  warmUp: () => void
  /** Hears how far an import has come, to push it to the window; returns the way to stop. */
  onImportProgress: (listener: (progress: ImportProgress) => void) => () => void
}

/** Opens (or creates, or recovers) the journal at `path` and builds the service over it. */
export async function openJournal(path: string, deps: StoreOptions & ServiceDeps = {}): Promise<OpenJournal> {
  const store = await JournalStore.open(path, deps)
  const progressListeners = new Set<(progress: ImportProgress) => void>()
  const handlers = createJournalService(store, {
    ...deps,
    importProgress: (progress) => {
      deps.importProgress?.(progress)
      for (const listener of progressListeners) listener(progress)
    },
  })
  const warmUp = () => {
    try {
      void handlers['timeline:packed']({})
    } catch {
      // A journal that cannot be derived shows its error when the window asks.
    }
  }
  const onImportProgress = (listener: (progress: ImportProgress) => void) => {
    progressListeners.add(listener)
    return () => void progressListeners.delete(listener)
  }
  return { store, handlers, warmUp, onImportProgress }
}
