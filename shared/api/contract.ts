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
import { ExportPeople, ImportApplyInput, ImportPreviewInput } from '../exchange/schemas'
import type { ExportFile, ImportPreview, ImportResult } from '../exchange/api'
import { STAGES, type Balance, type Standing, type PersonRow, type PersonTimeline, type Relationship, type TimelineModel, type Unreturned } from '../derive'
import type { SearchHit } from '../search/searchIndex'
import type { PackedTimeline } from './packedTimeline'
import { Icebreaker, Profile } from '../domain/profile'
import { WantToMeet } from '../domain/event'
import type { CheatSheet } from '../derive/cheatSheet'
import type { SuggestedFollowUp } from '../derive/followUps'
import { captureCalls } from './captureCalls'
import { ById, Empty, call } from './call'
import { reviewCalls } from './reviewCalls'

import type { BackupInfo, JournalExport, Recovery, TrashItem } from './safekeeping'

const StageInput = z.enum(STAGES)
const TimelineFilterInput = z.object({
  eventId: Id.optional(),
  tag: Tag.optional(),
  stage: StageInput.optional(),
  goingCold: z.boolean().optional(),
  includeArchived: z.boolean().optional(),
})

export type ReferralLedger = {
  overall: Balance
  standing: Standing
  byPerson: Array<Balance & { personId: string; name: string }>
  unreturned: Array<Unreturned & { name: string }>
}
/**
 * A call that creates a record may carry the id the client chose for it: a retry after a crash
 * or a lost answer then finds the record already there and creates no duplicate.
 */
const ClientId = Id.optional()

export type JournalStatus = {
  path: string
  onboarded: boolean
  readOnly: boolean
  counts: JournalCounts
  /** Set when the journal on disk could not be opened as it was (damaged, or from a newer Kith). */
  recovery?: Recovery
  /** Why the last save failed (disk full, no permission); the changes are kept in memory. */
  saveError?: string
  /** Set once another program's version of the journal file was found and kept beside it: what Kith did. */
  outsideChange?: string
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

const IcebreakerQuestion = ShortText.trim().min(1, 'is required')

const PrintCheatSheet = z.object({ eventId: Id, paper: z.enum(['A4', 'Letter']), to: z.enum(['printer', 'pdf']) })
/** What the main process's printer receives: the parsed call plus the event title for the file name. */
export type PrintRequest = z.output<typeof PrintCheatSheet> & { eventTitle: string }
/** A cancelled dialog is an outcome, not an error. */
export type PrintResult = { outcome: 'printed' } | { outcome: 'saved'; path: string } | { outcome: 'cancelled' }

export const contract = {
  'journal:status': call<JournalStatus>()(Empty),
  'journal:startEmpty': call<JournalStatus>()(Empty),
  'journal:loadSample': call<JournalStatus>()(Empty),

  'people:create': call<Person>()(z.object({ ...PersonFields, notes: LongText.optional(), clientId: ClientId })),
  'people:list': call<Person[]>()(z.object({ includeArchived: z.boolean().optional() })),
  'people:get': call<Person>()(ById),
  'people:update': call<Person>()(
    // `metOn: null` clears the day you met; a day in the future is refused by the service.
    z.object({ id: Id, patch: z.object({ ...PersonFields, metOn: IsoDate.nullable(), archived: z.boolean() }).partial() }),
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
        heardSpeakerBefore: z.boolean().optional(),
        goals: LongText.optional(),
        wantToMeet: listOf(WantToMeet, 50).optional(),
        expectedAttendeeIds: listOf(Id, LIMITS.bigList).optional(),
        notes: LongText.optional(),
        clientId: ClientId,
      })
      .refine((e) => !e.endsAt || Date.parse(e.endsAt) >= Date.parse(e.startsAt), {
        message: 'must not be before the start',
        path: ['endsAt'],
      }),
  ),
  'events:list': call<NetworkEvent[]>()(Empty),
  'events:get': call<NetworkEvent>()(ById),
  /** Edits an event; the service checks the end is not before the start once the patch is applied. */
  'events:update': call<NetworkEvent>()(
    z.object({
      id: Id,
      patch: z
        .object({
          title: Name,
          kind: EventKind,
          startsAt: IsoDateTime,
          endsAt: IsoDateTime,
          venue: ShortText,
          featuredSpeaker: ShortText,
          goals: LongText,
          notes: LongText,
          expectedAttendeeIds: listOf(Id, LIMITS.bigList),
        })
        .partial(),
    }),
  ),

  'interactions:create': call<Interaction>()(
    z.object({
      date: IsoDateTime,
      kind: InteractionKind,
      personIds: listOf(Id, 200).min(1, 'must name at least one person'),
      eventId: Id.optional(),
      summary: ShortText,
      notes: LongText.optional(),
      clientId: ClientId,
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
      clientId: ClientId,
    }),
  ),
  'referrals:list': call<Referral[]>()(Empty),
  'referrals:update': call<Referral>()(
    z.object({ id: Id, patch: z.object({ status: ReferralStatus, closedValue: z.number().min(0).max(1e12), thanked: z.boolean(), about: ShortText.min(1, 'is required') }).partial() }),
  ),
  'referrals:ledger': call<ReferralLedger>()(Empty),

  'timeline:get': call<TimelineModel>()(TimelineFilterInput),
  // The same lanes, compact for the renderer (see packedTimeline.ts); `firstLanes`: only the first screenful.
  'timeline:packed': call<PackedTimeline>()(TimelineFilterInput.extend({ firstLanes: z.number().int().min(1).max(500).optional() })),
  'people:overview': call<{ rows: PersonRow[]; tags: string[]; companies: string[] }>()(
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
  'people:timeline': call<PersonTimeline & { relationship: Relationship; balance: Balance }>()(ById),
  'people:merge': call<Person>()(z.object({ keepId: Id, mergeId: Id })),
  'people:capture': call<Person[]>()(
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
  'search:query': call<SearchHit[]>()(z.object({ query: ShortText, limit: z.number().int().min(1).max(100).optional() })),

  'followups:create': call<FollowUp>()(z.object({ personId: Id, dueAt: IsoDateTime, note: ShortText, clientId: ClientId })),
  'followups:list': call<FollowUp[]>()(z.object({ status: FollowUp.shape.status.optional() })),
  'followups:update': call<FollowUp>()(
    z.object({ id: Id, patch: z.object({ personId: Id, dueAt: IsoDateTime, note: ShortText }).partial() }),
  ),
  /** Moves when it notifies: it notifies again at `until`. */
  'followups:snooze': call<FollowUp>()(z.object({ id: Id, until: IsoDateTime })),
  /** Marks it done, optionally logging the conversation with the person in the same save. */
  'followups:done': call<FollowUp>()(
    z.object({ id: Id, logInteraction: z.object({ kind: InteractionKind, summary: ShortText }).optional() }),
  ),
  'followups:dismiss': call<FollowUp>()(ById),
  /** Keep in touch: people past their cadence with nothing planned, the longest-neglected first. */
  'followups:suggested': call<{ total: number; suggestions: SuggestedFollowUp[] }>()(z.object({ limit: z.number().int().min(1).max(500).optional() })),

  'cheatsheet:get': call<CheatSheet>()(z.object({ eventId: Id })),
  'icebreakers:list': call<Icebreaker[]>()(z.object({ includeHidden: z.boolean().optional() })),
  'icebreakers:create': call<Icebreaker>()(z.object({ question: IcebreakerQuestion })),
  'icebreakers:update': call<Icebreaker>()(
    z.object({ id: Id, patch: z.object({ question: IcebreakerQuestion, hidden: z.boolean() }).partial() }),
  ),
  'people:answer': call<Person>()(
    z.object({ personId: Id, icebreakerId: Id, answer: LongText.trim().min(1, 'is required'), askedOn: IsoDate.optional() }),
  ),
  'profile:get': call<Profile>()(Empty),
  'profile:update': call<Profile>()(z.object({ patch: Profile.partial() })),
  'print:cheatsheet': call<PrintResult>()(PrintCheatSheet),

  'settings:get': call<Settings>()(Empty),
  'settings:update': call<Settings>()(z.object({ patch: Settings.partial() })),

  // Safekeeping: export, backups, and the trash that deletions go to.
  'journal:export': call<JournalExport>()(Empty),
  'backups:list': call<BackupInfo[]>()(Empty),
  'backups:restore': call<JournalStatus>()(z.object({ file: z.string().min(1, 'is required').max(255) })),
  'journal:setAsideRepair': call<JournalStatus>()(z.object({ key: z.string().min(1, 'is required').max(20) })),
  'journal:setAsideDrop': call<JournalStatus>()(z.object({ key: z.string().min(1, 'is required').max(20) })),
  'trash:list': call<TrashItem[]>()(Empty),
  'trash:restore': call<TrashItem>()(ById),
  'people:delete': call<TrashItem>()(ById),
  'events:delete': call<TrashItem>()(ById),
  'interactions:delete': call<TrashItem>()(ById),
  'referrals:delete': call<TrashItem>()(ById),

  ...reviewCalls,

  'import:preview': call<ImportPreview>()(ImportPreviewInput),
  'import:apply': call<ImportResult>()(ImportApplyInput),
  'export:vcard': call<ExportFile>()(z.object({ personIds: ExportPeople, version: z.enum(['4.0', '3.0']).default('4.0') })),
  'export:csv': call<ExportFile>()(z.object({ personIds: ExportPeople })),
  'export:ical': call<ExportFile>()(Empty),
  ...captureCalls,
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

export type { CaptureSaved } from './captureCalls'

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
