import { randomUUID } from 'node:crypto'
import type { JournalStatus } from '../../../../shared/api/contract'
import type { ImportProgress } from '../../../../shared/exchange/api'
import { journalCounts, type Journal } from '../../../../shared/domain'
import type { Derived } from '../../../../shared/derive/derived'
import { createDerivedViews } from '../derivedViews'
import type { JournalStore } from '../journalStore'
import type { CheatSheetPrinter } from './cheatsheet'

export type ServiceDeps = {
  now?: () => Date
  newId?: () => string
  print?: CheatSheetPrinter
  /** Hears how far an import has come (the window shows it). */
  importProgress?: (progress: ImportProgress) => void
}

/** What every domain's handlers share: the store, the clock, new ids, the derived views, and the journal's status. */
export type ServiceContext = {
  store: JournalStore
  /** The journal as it is now (frozen: change it through `store.mutate`). */
  journal: () => Journal
  now: () => Date
  newId: () => string
  /** The shared index and relationships, kept up to date per journal revision. */
  derived: () => Derived
  /** Prints or saves the cheat sheet; only the desktop app has one. */
  print?: CheatSheetPrinter
  importProgress?: (progress: ImportProgress) => void
  status: () => JournalStatus
}

export const hasRecords = (journal: Journal) => Object.values(journalCounts(journal)).some((count) => count > 0) || journal.trash.length > 0

export function createServiceContext(store: JournalStore, deps: ServiceDeps = {}): ServiceContext {
  const now = deps.now ?? (() => new Date())
  const journal = () => store.journal
  return {
    store,
    journal,
    now,
    newId: deps.newId ?? (() => randomUUID()),
    derived: createDerivedViews(store, now),
    print: deps.print,
    importProgress: deps.importProgress,
    status: () => ({
      path: store.path,
      // First run is only for a journal with no records: one restored or written by hand without the flag is not offered a wipe.
      onboarded: journal().settings.onboarded || hasRecords(journal()) || store.readOnly,
      readOnly: store.readOnly,
      counts: journalCounts(journal()),
      recovery: store.recovery,
      saveError: store.lastSaveError,
      outsideChange: store.outsideChange,
    }),
  }
}
