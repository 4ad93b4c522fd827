import { describe, expect, it } from 'vitest'
import { compareInstants, indexJournal, instantKey, relationshipOf } from '../../../shared/derive'
import { emptyJournal, type Interaction } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

const now = new Date('2026-11-29T12:00:00Z')

describe('instants written with different offsets', () => {
  it('order by the moment they name, not by their text', () => {
    // 09:00+02:00 is 07:00Z: earlier than 08:00Z although its text sorts later.
    expect(compareInstants('2026-11-29T09:00:00+02:00', '2026-11-29T08:00:00.000Z')).toBeLessThan(0)
    expect(compareInstants('2026-11-29T08:00:00Z', '2026-11-29T08:00:00.000Z')).toBe(0)
    expect(instantKey('2026-11-29T08:00:00.000Z')).toBe('2026-11-29T08:00:00.000Z')
  })

  it('give a relationship the right first meeting and last contact', () => {
    const person = personWith({ id: 'p1', name: 'Dana Reyes' })
    const talk = (id: string, date: string, kind: Interaction['kind']): Interaction => ({
      id,
      createdAt: date,
      updatedAt: date,
      date,
      kind,
      personIds: ['p1'],
      summary: id,
    })
    const journal = { ...emptyJournal(now), people: [person] }
    journal.interactions = [
      talk('met-late-text', '2026-03-01T09:00:00+02:00', 'met'),
      talk('met-early-text', '2026-03-01T08:00:00.000Z', 'met'),
      talk('call', '2026-04-01T23:30:00-05:00', 'call'),
      talk('coffee', '2026-04-02T03:00:00.000Z', 'coffee'),
    ]
    const rel = relationshipOf(person, indexJournal(journal), journal.settings, now)
    expect(rel.firstMet).toBe('2026-03-01T09:00:00+02:00')
    expect(rel.lastContact).toBe('2026-04-01T23:30:00-05:00')
    expect(rel.milestones.find((m) => m.stage === 'followed-up')?.at).toBe('2026-04-02T03:00:00.000Z')
  })
})
