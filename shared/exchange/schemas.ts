import { z } from 'zod'
import { Id, boundedRecord, listOf } from '../domain'
import { IMPORT_ACTIONS } from './api'
import { MAX_IMPORT_BYTES } from './detect'

const MAX_ROWS = 200_000

export const ImportPreviewInput = z.object({
  fileName: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  // Counted in characters here; the transport's 8 MB byte limit refuses the rest first.
  text: z.string().max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split the file and import each part`),
})

export const ImportApplyInput = z.object({
  previewId: Id,
  /** Per file line: what the user chose instead of the proposal. */
  choices: boundedRecord(
    z
      .string()
      .max(9, 'must be a line number')
      .regex(/^\d{1,9}$/, 'must be a line number'),
    z.enum(IMPORT_ACTIONS),
    MAX_ROWS,
  ).optional(),
})

/** Chosen people; none given means everyone not archived. */
export const ExportPeople = listOf(Id, MAX_ROWS).optional()
