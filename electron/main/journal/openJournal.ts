import type { Handlers } from '../../../shared/api/contract'
import { JournalStore, type StoreOptions } from './journalStore'
import { createJournalService, type ServiceDeps } from './service'

export type OpenJournal = { store: JournalStore; handlers: Handlers }

/** Opens (or creates, or recovers) the journal at `path` and builds the service over it. */
export async function openJournal(path: string, deps: StoreOptions & ServiceDeps = {}): Promise<OpenJournal> {
  const store = await JournalStore.open(path, deps)
  return { store, handlers: createJournalService(store, deps) }
}
