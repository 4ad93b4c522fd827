import { z } from 'zod'

/**
 * Limits keep one hostile vCard or a runaway paste from turning the journal into
 * megabytes of one field. They are generous for real notes.
 */
export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 500,
  longText: 20_000,
  listItems: 500,
  bigList: 5_000,
} as const

export const Id = z
  .string()
  .min(1, 'is required')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a Kith id (letters, digits, - and _)')

/** ISO 8601 date-time with an offset, e.g. 2026-11-29T18:30:00Z. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date and time, e.g. 2026-11-29T18:30:00Z' })

/** Calendar date without a time, e.g. 2026-11-29. */
export const IsoDate = z.iso.date({ message: 'must be a date like 2026-11-29' })

export const Name = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(LIMITS.name, `must be at most ${LIMITS.name} characters`)

export const ShortText = z.string().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`)
export const LongText = z.string().max(LIMITS.longText, `must be at most ${LIMITS.longText} characters`)

export function listOf<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max, `must have at most ${max} items`)
}

export const Tag = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters')

/** Every stored record carries these. */
export const RecordBase = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
})
export type RecordBase = z.infer<typeof RecordBase>
