import { describe, expect, it } from 'vitest'
import { indexJournal, relationshipOf, relationships } from '../../../shared/derive'
import { journalWith, day } from '../../support/journalBuilder'

const now = new Date(day('2026-11-29'))

function relOf(journal: ReturnType<typeof journalWith>, id = 'p0') {
  return relationshipOf(
    journal.people.find((p) => p.id === id)!,
    indexJournal(journal),
    journal.settings,
    now,
  )
}

describe('relationship stages', () => {
  it('a person with no interactions has only met, on the day recorded (or when added)', () => {
    const withDate = journalWith(now, { people: [{ howWeMet: { date: '2026-10-01' } }] })
    expect(relOf(withDate).milestones).toEqual([{ stage: 'met', at: '2026-10-01T00:00:00.000Z' }])
    const added = journalWith(now, { people: [{ createdAt: day('2026-09-01') }] })
    expect(relOf(added).stage).toBe('met')
    expect(relOf(added).firstMet).toBe(day('2026-09-01'))
  })

  it('moves through follow-up, one-to-one and ongoing as conversations are logged', () => {
    const journal = journalWith(now, {
      people: [{}],
      interactions: [
        { kind: 'met', date: day('2026-09-01') },
        { kind: 'email', date: day('2026-09-03') },
        { kind: 'one-to-one', date: day('2026-09-10') },
        { kind: 'coffee', date: day('2026-10-01') },
      ],
    })
    const rel = relOf(journal)
    expect(rel.milestones).toEqual([
      { stage: 'met', at: day('2026-09-01') },
      { stage: 'followed-up', at: day('2026-09-03') },
      { stage: 'one-to-one', at: day('2026-09-10') },
      { stage: 'ongoing', at: day('2026-10-01') },
    ])
    expect(rel.stage).toBe('ongoing')
    expect(rel.lastContact).toBe(day('2026-10-01'))
  })

  it('ignores private notes as contact and orders out-of-order entries by date', () => {
    const journal = journalWith(now, {
      people: [{}],
      interactions: [
        { kind: 'call', date: day('2026-09-05') },
        { kind: 'note', date: day('2026-11-01') },
        { kind: 'met', date: day('2026-09-01') },
      ],
    })
    const rel = relOf(journal)
    expect(rel.stage).toBe('followed-up')
    expect(rel.lastContact).toBe(day('2026-09-05'))
  })

  it('reaches referral and closed-business stages from the referral ledger', () => {
    const journal = journalWith(now, {
      people: [{ howWeMet: { date: '2026-01-01' } }],
      referrals: [
        { direction: 'given', toPersonId: 'p0', date: day('2026-03-01') },
        { direction: 'received', fromPersonId: 'p0', date: day('2026-04-01'), status: 'closed', closedValue: 5000, updatedAt: day('2026-05-01') },
      ],
    })
    const rel = relOf(journal)
    expect(rel.milestones.map((m) => m.stage)).toEqual(['met', 'referral-given', 'referral-received', 'closed'])
    expect(rel.stage).toBe('closed')
    expect(rel.milestones.at(-1)!.at).toBe(day('2026-05-01'))
  })

  it('is going cold past the cadence: person, then shortest tag cadence, then default', () => {
    const journal = journalWith(now, {
      people: [
        { id: 'own', cadenceDays: 30, tags: ['leads-group'], howWeMet: { date: '2026-10-15' } },
        { id: 'tagged', tags: ['leads-group', 'friend'], howWeMet: { date: '2026-10-15' } },
        { id: 'default', howWeMet: { date: '2026-10-15' } },
      ],
    })
    journal.settings.cadenceByTag = { 'leads-group': 60, friend: 14 }
    const rels = relationships(journal, now)
    expect(rels.get('own')!.cadenceDays).toBe(30)
    expect(rels.get('own')!.goingCold).toBe(true)
    expect(rels.get('tagged')!.cadenceDays).toBe(14)
    expect(rels.get('tagged')!.goingCold).toBe(true)
    expect(rels.get('default')!.cadenceDays).toBe(90)
    expect(rels.get('default')!.goingCold).toBe(false)
  })

  it('handles an empty journal', () => {
    expect(relationships(journalWith(now), now).size).toBe(0)
  })
})
