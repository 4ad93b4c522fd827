import { z } from 'zod'
import { Id, Referral, ReferralStatus, ShortText } from '../../domain'
import type { Balance, Standing, Unreturned } from '../../derive'
import { ById, ClientId, Empty, STAMPED, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

export type ReferralLedger = {
  overall: Balance
  standing: Standing
  byPerson: Array<Balance & { personId: string; name: string }>
  unreturned: Array<Unreturned & { name: string }>
}

/** Referrals given and received, and the ledger of who has helped whom. */
export const referralCalls = declareCalls('referrals')({
  'referrals:create': call<Referral>('record the referral')(
    Referral.omit({ ...STAMPED, thanked: true, notes: true }).extend({
      about: ShortText.min(1, 'is required'),
      status: ReferralStatus.optional(),
      clientId: ClientId,
    }),
  ),
  'referrals:list': call<Referral[]>('list referrals')(Empty),
  'referrals:update': call<Referral>('save the referral')(
    z.object({
      id: Id,
      patch: z
        .object({ status: ReferralStatus, closedValue: Referral.shape.closedValue.unwrap(), thanked: z.boolean(), about: ShortText.min(1, 'is required') })
        .partial(),
    }),
  ),
  'referrals:ledger': call<ReferralLedger>('total the referrals')(Empty),
  'referrals:delete': call<TrashItem>('delete the referral')(ById),
})
