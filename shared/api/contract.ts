import { z } from 'zod'
import {
  EventKind,
  FollowUp,
  Id,
  Interaction,
  InteractionKind,
  IsoDate,
  IsoDateTime,
  JournalCounts,
  LongText,
  Name,
  NetworkEvent,
  Person,
  Referral,
  ReferralDirection,
  ReferralStatus,
  Settings,
  ShortText,
  Tag,
  listOf,
  Email,
  Phone,
  LIMITS,
} from '../domain'
import type { Channel } from './channels'

/** Declares one call: its input schema, and (as a type only) what it returns. */
function call<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })
}

const Empty = z.object({})
const ById = z.object({ id: Id })

export type JournalStatus = {
  path: string
  onboarded: boolean
  readOnly: boolean
  counts: JournalCounts
  /** Set when the journal on disk could not be read and was moved aside. */
  recovery?: { message: string; movedTo?: string }
}

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

export const contract = {
  'journal:status': call<JournalStatus>()(Empty),
  'journal:startEmpty': call<JournalStatus>()(Empty),
  'journal:loadSample': call<JournalStatus>()(Empty),

  'people:create': call<Person>()(z.object({ ...PersonFields, notes: LongText.optional() })),
  'people:list': call<Person[]>()(z.object({ includeArchived: z.boolean().optional() })),
  'people:get': call<Person>()(ById),
  'people:update': call<Person>()(
    z.object({ id: Id, patch: z.object({ ...PersonFields, archived: z.boolean() }).partial() }),
  ),

  'events:create': call<NetworkEvent>()(
    z
      .object({
        title: Name,
        kind: EventKind.optional(),
        startsAt: IsoDateTime,
        endsAt: IsoDateTime.optional(),
        venue: ShortText.optional(),
        featuredSpeaker: ShortText.optional(),
        goals: LongText.optional(),
        expectedAttendeeIds: listOf(Id, LIMITS.bigList).optional(),
        notes: LongText.optional(),
      })
      .refine((e) => !e.endsAt || Date.parse(e.endsAt) >= Date.parse(e.startsAt), {
        message: 'must not be before the start',
        path: ['endsAt'],
      }),
  ),
  'events:list': call<NetworkEvent[]>()(Empty),
  'events:get': call<NetworkEvent>()(ById),

  'interactions:create': call<Interaction>()(
    z.object({
      date: IsoDateTime,
      kind: InteractionKind,
      personIds: listOf(Id, 200).min(1, 'must name at least one person'),
      eventId: Id.optional(),
      summary: ShortText,
      notes: LongText.optional(),
    }),
  ),
  'interactions:list': call<Interaction[]>()(z.object({ personId: Id.optional() })),

  'referrals:create': call<Referral>()(
    z.object({
      date: IsoDateTime,
      direction: ReferralDirection,
      fromPersonId: Id.optional(),
      fromName: ShortText.optional(),
      toPersonId: Id.optional(),
      toName: ShortText.optional(),
      about: ShortText.min(1, 'is required'),
      status: ReferralStatus.optional(),
      closedValue: z.number().min(0).max(1e12).optional(),
    }),
  ),
  'referrals:list': call<Referral[]>()(Empty),

  'followups:create': call<FollowUp>()(z.object({ personId: Id, dueAt: IsoDateTime, note: ShortText })),
  'followups:list': call<FollowUp[]>()(z.object({ status: FollowUp.shape.status.optional() })),

  'settings:get': call<Settings>()(Empty),
  'settings:update': call<Settings>()(z.object({ patch: Settings.partial() })),
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

type Contract = typeof contract

/** A contract with a call that CHANNELS lacks fails here. */
type Extra = Exclude<keyof Contract, Channel>
const noExtraCalls: [Extra] extends [never] ? true : never = true
void noExtraCalls

/** What the renderer may pass: the schema's input (defaults and optional fields are optional). */
export type ApiInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives: already parsed, never `unknown`. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ApiOutput<C extends Channel> = Contract[C]['output']

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ApiOutput<C>> | ApiOutput<C> }
