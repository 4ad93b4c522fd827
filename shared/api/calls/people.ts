import { z } from 'zod'
import { Email, Id, IsoDate, LongText, Name, Person, Phone, ShortText, Tag, listOf } from '../../domain'
import { STAGES, type Balance, type PersonRow, type PersonTimeline, type Relationship } from '../../derive'
import { ById, ClientId, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

export const StageInput = z.enum(STAGES)

const PersonFields = {
  name: Name,
  company: ShortText.optional(),
  role: ShortText.optional(),
  industry: ShortText.optional(),
  emails: listOf(Email, 20).optional(),
  phones: listOf(Phone, 20).optional(),
  tags: listOf(Tag, 50).optional(),
  metOn: IsoDate.optional(),
  metAtEventId: Id.optional(),
  introducedById: Id.optional(),
  cadenceDays: z.number().int().min(1).max(3_650).optional(),
}

/** The people you know: their records, the list and story views of them, merging, quick capture, deletion. */
export const peopleCalls = declareCalls('people')({
  'people:create': call<Person>('add the person')(z.object({ ...PersonFields, notes: LongText.optional(), clientId: ClientId })),
  'people:list': call<Person[]>('list people')(z.object({ includeArchived: z.boolean().optional() })),
  'people:get': call<Person>('open the person')(ById),
  'people:update': call<Person>('save the person')(
    // `metOn: null` clears the day you met; a day in the future is refused by the service.
    z.object({ id: Id, patch: z.object({ ...PersonFields, metOn: IsoDate.nullable(), archived: z.boolean() }).partial() }),
  ),
  'people:overview': call<{ rows: PersonRow[]; tags: string[]; companies: string[] }>('list people')(
    z.object({
      text: ShortText.optional(),
      tag: Tag.optional(),
      stage: StageInput.optional(),
      company: ShortText.optional(),
      goingCold: z.boolean().optional(),
      includeArchived: z.boolean().optional(),
      sort: z.enum(['lastContact', 'name', 'firstMet']).optional(),
    }),
  ),
  'people:timeline': call<PersonTimeline & { relationship: Relationship; balance: Balance }>("build the person's timeline")(ById),
  'people:merge': call<Person>('merge the two people')(z.object({ keepId: Id, mergeId: Id })),
  'people:capture': call<Person[]>('capture the person')(
    z.object({
      eventId: Id.optional(),
      metOn: IsoDate.optional(),
      tags: listOf(Tag, 50).optional(),
      people: listOf(
        z.object({
          name: Name,
          /** Someone already in the journal (a namesake the person picked): logged, not created again. */
          personId: Id.optional(),
          company: ShortText.optional(),
          talkedAbout: ShortText.optional(),
          followUpInDays: z.number().int().min(0).max(365).optional(),
        }),
        100,
      ).min(1, 'must have at least one person'),
    }),
  ),
  'people:answer': call<Person>("save the person's answer")(
    z.object({ personId: Id, icebreakerId: Id, answer: LongText.trim().min(1, 'is required'), askedOn: IsoDate.optional() }),
  ),
  'people:delete': call<TrashItem>('delete the person')(ById),
})
