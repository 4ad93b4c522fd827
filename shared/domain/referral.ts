import { z } from 'zod'
import { Id, IsoDateTime, LongText, RecordBase, ShortText } from './common'

export const ReferralDirection = z.enum(['given', 'received'])
export const REFERRAL_STATUSES = ['introduced', 'meeting', 'closed', 'lost'] as const
export const ReferralStatus = z.enum(REFERRAL_STATUSES)

/**
 * A referral, given or received. "Given": I referred business to `toPersonId`
 * (possibly about `fromPersonId`'s need). "Received": `fromPersonId` referred business to me.
 * Either party may be outside the journal, so each side also has a free-text name.
 */
export const Referral = RecordBase.extend({
  date: IsoDateTime,
  direction: ReferralDirection,
  fromPersonId: Id.optional(),
  fromName: ShortText.optional(),
  toPersonId: Id.optional(),
  toName: ShortText.optional(),
  about: ShortText,
  status: ReferralStatus,
  closedValue: z.number().min(0).max(1e12).optional(),
  thanked: z.boolean(),
  notes: LongText.optional(),
})
export type Referral = z.infer<typeof Referral>
export type ReferralDirection = z.infer<typeof ReferralDirection>
export type ReferralStatus = z.infer<typeof ReferralStatus>
