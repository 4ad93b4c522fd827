import type { Journal, Referral } from '../domain'

export type Balance = { given: number; received: number; closedValueGiven: number; closedValueReceived: number }

const zero = (): Balance => ({ given: 0, received: 0, closedValueGiven: 0, closedValueReceived: 0 })

function add(balance: Balance, referral: Referral) {
  const closed = referral.status === 'closed' ? (referral.closedValue ?? 0) : 0
  if (referral.direction === 'given') {
    balance.given++
    balance.closedValueGiven += closed
  } else {
    balance.received++
    balance.closedValueReceived += closed
  }
}

/**
 * The give/receive balance, per person and overall. A referral whose other side is
 * outside the journal (a name only) counts in the overall balance but in nobody's.
 */
export function referralBalance(referrals: readonly Referral[]): { overall: Balance; byPerson: Map<string, Balance> } {
  const overall = zero()
  const byPerson = new Map<string, Balance>()
  for (const referral of referrals) {
    add(overall, referral)
    const other = referral.direction === 'given' ? referral.toPersonId : referral.fromPersonId
    if (!other) continue
    let balance = byPerson.get(other)
    if (!balance) byPerson.set(other, (balance = zero()))
    add(balance, referral)
  }
  return { overall, byPerson }
}

/**
 * Where the give and take stands, person by person: a referral received from Dana is
 * paid back by one given to Dana, not by one given to someone else. `owed` is what you
 * still owe back (to `owedTo` people), `ahead` what others owe you. The Referrals page's
 * balance and its "to thank or repay" list, and the review's give-and-take step, all read this.
 */
export type Standing = { owed: number; owedTo: number; ahead: number }

export function referralStanding(byPerson: ReadonlyMap<string, Balance>): Standing {
  const standing: Standing = { owed: 0, owedTo: 0, ahead: 0 }
  for (const balance of byPerson.values()) {
    const diff = balance.received - balance.given
    if (diff > 0) {
      standing.owed += diff
      standing.owedTo++
    } else standing.ahead -= diff
  }
  return standing
}

export type Unreturned = { personId: string; received: number; given: number; unthanked: number }

/**
 * People who referred business to me more often than I have referred to them, or whom
 * I have not thanked: the "pay back" list. Most owed first.
 */
export function unreturnedReferrers(journal: Pick<Journal, 'referrals' | 'people'>): Unreturned[] {
  const { byPerson } = referralBalance(journal.referrals)
  const unthanked = new Map<string, number>()
  for (const r of journal.referrals) {
    if (r.direction === 'received' && !r.thanked && r.fromPersonId) unthanked.set(r.fromPersonId, (unthanked.get(r.fromPersonId) ?? 0) + 1)
  }
  const known = new Set(journal.people.map((p) => p.id))
  const result: Unreturned[] = []
  for (const [personId, balance] of byPerson) {
    const owed = balance.received - balance.given
    const notThanked = unthanked.get(personId) ?? 0
    if (known.has(personId) && (owed > 0 || notThanked > 0)) result.push({ personId, received: balance.received, given: balance.given, unthanked: notThanked })
  }
  return result.sort((a, b) => b.received - b.given - (a.received - a.given) || b.unthanked - a.unthanked)
}
