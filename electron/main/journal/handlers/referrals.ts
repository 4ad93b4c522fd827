import { referralBalance, referralStanding, unreturnedReferrers } from '../../../../shared/derive'
import { Referral } from '../../../../shared/domain'
import type { ServiceContext } from './context'
import { deleteToTrash, find, insert, putRecord, requirePerson, stamp } from './records'
import type { DomainHandlers } from './registry'

/** Referrals given and received, and the ledger of who has helped whom. */
export function referralHandlers(ctx: ServiceContext): DomainHandlers<'referrals'> {
  const { store, journal: j, now } = ctx
  return {
    'referrals:create': ({ clientId, ...input }) => {
      requirePerson(ctx, input.fromPersonId, 'fromPersonId')
      requirePerson(ctx, input.toPersonId, 'toPersonId')
      return insert(ctx, 'referrals', Referral, { ...stamp(ctx, clientId), status: 'introduced', thanked: false, ...input }, clientId)
    },
    'referrals:list': () => j().referrals,
    'referrals:update': async ({ id, patch }) => {
      const referral = find(j().referrals, id, 'referral')
      const updated = { ...referral, ...patch, updatedAt: now().toISOString() }
      await store.mutate((draft) => putRecord(draft, 'referrals', updated))
      return updated
    },
    'referrals:ledger': () => {
      const names = new Map(j().people.map((p) => [p.id, p.name]))
      const byPerson = new Map([...referralBalance(j().referrals).byPerson].filter(([id]) => names.has(id)))
      return {
        overall: referralBalance(j().referrals).overall,
        standing: referralStanding(byPerson),
        byPerson: [...byPerson]
          .map(([personId, b]) => ({ personId, name: names.get(personId)!, ...b }))
          .sort((a, b) => b.received + b.given - (a.received + a.given)),
        unreturned: unreturnedReferrers(j()).map((u) => ({ ...u, name: names.get(u.personId)! })),
      }
    },
    'referrals:delete': deleteToTrash(ctx, 'referral'),
  }
}
