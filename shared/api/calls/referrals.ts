import { z } from 'zod'
import { IsoDateTime, Id, Referral, ReferralDirection, ReferralStatus, ShortText } from '../../domain'
import type { Balance, Unreturned } from '../../derive'
import { ById, ClientId, Empty, call, declareCalls } from '../call'
import type { TrashItem } from '../safekeeping'

export type ReferralLedger = {
  overall: Balance
  byPerson: Array<Balance & { personId: string; name: string }>
  unreturned: Array<Unreturned & { name: string }>
}

const ClosedValue = z.number().min(0).max(1e12)

/** Referrals given and received, and the ledger of who has helped whom. */
export const referralCalls = declareCalls('referrals')({
  'referrals:create': call<Referral>('record the referral')(
    z.object({
      date: IsoDateTime,
      direction: ReferralDirection,
      fromPersonId: Id.optional(),
      fromName: ShortText.optional(),
      toPersonId: Id.optional(),
      toName: ShortText.optional(),
      about: ShortText.min(1, 'is required'),
      status: ReferralStatus.optional(),
      closedValue: ClosedValue.optional(),
      clientId: ClientId,
    }),
  ),
  'referrals:list': call<Referral[]>('list referrals')(Empty),
  'referrals:update': call<Referral>('save the referral')(
    z.object({ id: Id, patch: z.object({ status: ReferralStatus, closedValue: ClosedValue, thanked: z.boolean(), about: ShortText.min(1, 'is required') }).partial() }),
  ),
  'referrals:ledger': call<ReferralLedger>('total the referrals')(Empty),
  'referrals:delete': call<TrashItem>('delete the referral')(ById),
})
