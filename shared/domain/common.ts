import { z } from 'zod'

import { LIMITS } from './limits'

export { LIMITS }

export const Id = z
  .string()
  .min(1, 'is required')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a Kith id (letters, digits, - and _)')

/** ISO 8601 date-time with an offset, e.g. 2026-11-29T18:30:00Z. */
// The max matters: zod accepts any number of fractional-second digits.
export const IsoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date and time, e.g. 2026-11-29T18:30:00Z' })
  .max(40, 'must be an ISO 8601 date and time, e.g. 2026-11-29T18:30:00Z')

/** Calendar date without a time, e.g. 2026-11-29. */
export const IsoDate = z.iso.date({ message: 'must be a date like 2026-11-29' }).max(10, 'must be a date like 2026-11-29')

/** A time of day, e.g. 08:30. */
export const ClockTime = z
  .string()
  .max(5, 'must be a time like 08:30')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30')

export const Name = z.string().trim().min(1, 'is required').max(LIMITS.name, `must be at most ${LIMITS.name} characters`)

export const ShortText = z.string().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`)
export const LongText = z.string().max(LIMITS.longText, `must be at most ${LIMITS.longText} characters`)

export function listOf<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max, `must have at most ${max} items`)
}

/**
 * A record (an object used as a map) with at most `max` entries. zod has no entry
 * limit for records, so the check is a refinement; the meta lets the limits test see it.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number) {
  return z
    .record(key, value)
    .refine((record) => Object.keys(record).length <= max, `must have at most ${max} entries`)
    .meta({ maxEntries: max })
}

export const Tag = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters')

/** Every stored record carries these. */
export const RecordBase = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
})
export type RecordBase = z.infer<typeof RecordBase>
