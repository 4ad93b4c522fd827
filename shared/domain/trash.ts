import { z } from 'zod'
import { Id, IsoDateTime, listOf } from './common'
import { HowWeMet, Person } from './person'
import { NetworkEvent } from './event'
import { Interaction } from './interaction'
import { Referral } from './referral'
import { FollowUp } from './followup'

/** How long a deleted record can be restored before it is purged for good. */
export const TRASH_DAYS = 30

const Entry = { id: Id, deletedAt: IsoDateTime }

/** The links a deleted event's people, conversations and follow-ups had to it, so a restore puts them back. */
export const EventLinks = z.object({
  people: listOf(z.object({ id: Id, howWeMet: HowWeMet }), 1_000_000),
  interactionIds: listOf(Id, 1_000_000),
  followUpIds: listOf(Id, 1_000_000),
})
export type EventLinks = z.infer<typeof EventLinks>

/** The links other records had to a deleted person (and their conversations with nobody else), so a restore puts them back where they were. */
export const PersonLinks = z.object({
  conversations: listOf(Interaction, 1_000_000),
  sharedInteractions: listOf(z.object({ id: Id, index: z.number().int().min(0) }), 1_000_000),
  /** `named`: the delete wrote the person's name on the referral, so a restore takes it off again. */
  referrals: listOf(z.object({ id: Id, side: z.enum(['to', 'from']), named: z.boolean() }), 1_000_000),
  expectedAt: listOf(z.object({ id: Id, index: z.number().int().min(0) }), 1_000_000),
  introduced: listOf(z.object({ id: Id, named: z.boolean() }), 1_000_000),
})
export type PersonLinks = z.infer<typeof PersonLinks>

/**
 * A deleted record, kept whole so "restore" puts it back exactly as it was.
 * A person takes their follow-ups along: a follow-up for nobody means nothing.
 */
export const TrashEntry = z.discriminatedUnion('kind', [
  z.object({ ...Entry, kind: z.literal('person'), record: Person, followUps: listOf(FollowUp, 5_000), links: PersonLinks.optional() }),
  z.object({ ...Entry, kind: z.literal('event'), record: NetworkEvent, links: EventLinks.optional() }),
  z.object({ ...Entry, kind: z.literal('interaction'), record: Interaction }),
  z.object({ ...Entry, kind: z.literal('referral'), record: Referral }),
])
export type TrashEntry = z.infer<typeof TrashEntry>
export type TrashKind = TrashEntry['kind']
