import { z } from 'zod'
import { Id, IsoDate, IsoDateTime, LongText, Name, RecordBase, ShortText, Tag, listOf } from './common'

export const Email = z.string().trim().max(254, 'must be at most 254 characters').email('must be an email address')
export const Phone = z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters')
export const WebLink = z.object({
  label: ShortText,
  url: z.string().trim().max(2_000, 'must be at most 2000 characters'),
})

/** How the relationship started. */
export const HowWeMet = z.object({
  date: IsoDate.optional(),
  eventId: Id.optional(),
  place: ShortText.optional(),
  introducedById: Id.optional(),
  introducedByName: ShortText.optional(),
})

/** An icebreaker question asked of this person, and what they answered. */
export const IcebreakerAnswer = z.object({
  icebreakerId: Id,
  answer: LongText,
  askedOn: IsoDate.optional(),
})

export const Note = z.object({
  id: Id,
  text: LongText,
  private: z.boolean(),
  createdAt: IsoDateTime,
})

export const Person = RecordBase.extend({
  name: Name,
  company: ShortText.optional(),
  role: ShortText.optional(),
  industry: ShortText.optional(),
  emails: listOf(Email, 20),
  phones: listOf(Phone, 20),
  links: listOf(WebLink, 20),
  tags: listOf(Tag, 50),
  howWeMet: HowWeMet,
  learned: listOf(IcebreakerAnswer, 100),
  cadenceDays: z.number().int().min(1).max(3_650).optional(),
  notes: listOf(Note, 1_000),
  archived: z.boolean(),
})
export type Person = z.infer<typeof Person>
export type Note = z.infer<typeof Note>
export type HowWeMet = z.infer<typeof HowWeMet>
export type IcebreakerAnswer = z.infer<typeof IcebreakerAnswer>
