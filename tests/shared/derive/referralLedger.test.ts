import { describe, expect, it } from 'vitest'
import { referralBalance, referralStanding, unreturnedReferrers } from '../../../shared/derive'
import { journalWith } from '../../support/journalBuilder'

const now = new Date('2026-11-29T12:00:00Z')

describe('the referral ledger', () => {
  const journal = journalWith(now, {
    people: [{ id: 'dana' }, { id: 'marcus' }, { id: 'tom' }],
    referrals: [
      { direction: 'received', fromPersonId: 'dana', status: 'closed', closedValue: 4500, thanked: true },
      { direction: 'received', fromPersonId: 'dana', status: 'meeting', thanked: true },
      { direction: 'given', toPersonId: 'dana', status: 'closed', closedValue: 1200 },
      { direction: 'received', fromPersonId: 'marcus', status: 'introduced', thanked: false },
      { direction: 'given', toPersonId: 'tom' },
      { direction: 'given', toName: 'A neighbour outside the journal' },
      { direction: 'received', fromPersonId: 'ghost', fromName: 'Someone deleted' },
    ],
  })

  it('balances given against received per person and overall, with closed value', () => {
    const { overall, byPerson } = referralBalance(journal.referrals)
    expect(overall).toEqual({ given: 3, received: 4, closedValueGiven: 1200, closedValueReceived: 4500 })
    expect(byPerson.get('dana')).toEqual({ given: 1, received: 2, closedValueGiven: 1200, closedValueReceived: 4500 })
    expect(byPerson.get('tom')).toEqual({ given: 1, received: 0, closedValueGiven: 0, closedValueReceived: 0 })
  })

  it('referrals to people outside the journal count overall but for nobody', () => {
    const { byPerson } = referralBalance(journal.referrals)
    expect([...byPerson.keys()].sort()).toEqual(['dana', 'ghost', 'marcus', 'tom'])
  })

  it('lists the people I owe a referral or a thank-you, most owed first (then unthanked), only people in the journal', () => {
    const owed = unreturnedReferrers(journal)
    expect(owed.map((o) => o.personId)).toEqual(['marcus', 'dana'])
    expect(owed[0]).toEqual({ personId: 'marcus', received: 1, given: 0, unthanked: 1 })
  })

  it('stands person by person: a referral given to Tom does not repay Dana or Marcus', () => {
    const { overall, byPerson } = referralBalance(journal.referrals)
    // Overall, 3 given against 4 received reads "owe 1"; person by person, Dana and Marcus are owed one each.
    expect(overall.received - overall.given).toBe(1)
    byPerson.delete('ghost')
    expect(referralStanding(byPerson)).toEqual({ owed: 2, owedTo: 2, ahead: 1 })
  })
})
