import type { ImportAction, PreviewRow } from './importPlan'
import type { ImportFormat, RowError } from './types'

/** What `import:preview` returns: nothing has been written yet. */
export type ImportPreview = {
  previewId: string
  fileName: string
  format: ImportFormat
  formatName: string
  rows: PreviewRow[]
  errors: RowError[]
  notices: string[]
  counts: Record<ImportAction | 'errors', number>
}

/** What `import:apply` returns once the import is on disk. */
export type ImportResult = {
  created: number
  merged: number
  skipped: number
  errors: number
  /** The backup taken just before the import (undefined for a journal never saved yet). */
  backupFile?: string
}

/**
 * How far a long import call has come, pushed to the window while it runs: `reading` counts the
 * file (characters of a CSV, cards of a vCard), `checking` (the preview) and `importing` (the apply)
 * count contacts, and `saving` (backup, checks and the write) has no count of its own.
 */
export type ImportProgress = { stage: 'reading' | 'checking' | 'importing' | 'saving'; done: number; total: number }

/** An export, for the renderer to save where the user chooses. */
export type ExportFile = { fileName: string; mimeType: string; text: string }

export const IMPORT_ACTIONS = ['new', 'merge', 'skip'] as const satisfies readonly ImportAction[]
