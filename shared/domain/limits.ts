/**
 * Limits keep one hostile vCard or a runaway paste from turning the journal into
 * megabytes of one field. They are generous for real notes. No zod here, so the
 * renderer can check the same limits without bundling the schemas.
 */
export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 500,
  longText: 20_000,
  listItems: 500,
  bigList: 5_000,
} as const
