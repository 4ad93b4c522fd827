import type { JournalCounts, TrashKind } from '../domain'

/** Why a backup was taken. */
export const BACKUP_REASONS = ['daily', 'first-change', 'before-migration', 'before-import', 'before-restore', 'before-merge'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** One file in the backups folder beside the journal, as Settings lists it. */
export type BackupInfo = {
  /** The file name inside the backups folder: what `backups:restore` takes. */
  file: string
  takenAt: string
  reason: BackupReason
  sizeBytes: number
  /** Record counts when the backup reads as a journal; `problem` says why it does not. */
  counts?: JournalCounts
  problem?: string
}

/** One deleted record in the trash, as Settings lists it. */
export type TrashItem = { id: string; kind: TrashKind; label: string; deletedAt: string; purgeAt: string }

/** The whole journal as one JSON file, for the renderer to offer as a download or save. */
export type JournalExport = { fileName: string; json: string }

/** A record a full check found invalid and kept out of the journal, as the recovery screen lists it. */
export type SetAsideEntry = {
  /** What `journal:setAsideRepair` and `journal:setAsideDrop` take. */
  key: string
  list: string
  id?: string
  label?: string
  field: string
  message: string
  /** Whether removing the offending field makes the record valid again. */
  repairable: boolean
}

/** What the recovery screen shows when the journal could not be opened as it was. */
export type Recovery = {
  /** `set-aside`: the journal opened read-write without a few invalid records, listed in `setAside`. */
  /** `read-only`: the journal path is a folder, or in a place Kith may not write; `message` says which. */
  kind: 'damaged' | 'newer' | 'set-aside' | 'read-only'
  message: string
  setAside?: SetAsideEntry[]
  /** The file beside the journal that keeps the set-aside records whole. */
  setAsideFile?: string
  /** Where the damaged journal now is, untouched. */
  movedTo?: string
  /** What Kith opened instead: a backup (by file name) or a complete unfinished save. */
  openedFrom?: { source: 'backup' | 'unfinished-save'; file: string; takenAt: string }
}
