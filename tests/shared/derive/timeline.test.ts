import { describe, expect, it } from 'vitest'
import { timelineModel } from '../../../shared/derive'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { journalWith, day } from '../../support/journalBuilder'

const now = new Date(day('2026-11-29'))

describe('the network timeline model', () => {
  it('has a lane per relationship, newest first meeting on top, archived hidden unless asked', () => {
    const journal = journalWith(now, {
      people: [
        { id: 'old', name: 'Old friend', howWeMet: { date: '2020-01-01' } },
        { id: 'new', name: 'New contact', howWeMet: { date: '2026-11-01' } },
        { id: 'gone', name: 'Archived', archived: true, howWeMet: { date: '2025-01-01' } },
      ],
    })
    expect(timelineModel(journal, now).lanes.map((l) => l.personId)).toEqual(['new', 'old'])
    expect(timelineModel(journal, now, { includeArchived: true }).lanes).toHaveLength(3)
    expect(timelineModel(journal, now).start).toBe('2020-01-01T00:00:00.000Z')
  })

  it('marks every referral, both ways, on the lane', () => {
    const journal = journalWith(now, {
      people: [{ howWeMet: { date: '2026-01-01' } }],
      referrals: [
        { direction: 'given', toPersonId: 'p0', date: day('2026-02-01'), about: 'a roofer' },
        { direction: 'given', toPersonId: 'p0', date: day('2026-03-01'), about: 'a plumber' },
        { direction: 'received', fromPersonId: 'p0', date: day('2026-04-01'), about: 'an accountant' },
      ],
    })
    const [lane] = timelineModel(journal, now).lanes
    expect(lane!.markers.map((m) => m.stage)).toEqual(['met', 'referral-given', 'referral-given', 'referral-received'])
    expect(lane!.markers[2]!.label).toContain('a plumber')
  })

  it('filters by event, tag, stage and going cold', () => {
    const sample = generateSampleJournal({ now })
    const all = timelineModel(sample, now).lanes
    const atConference = timelineModel(sample, now, { eventId: 'ev-conference' }).lanes
    expect(atConference).toHaveLength(12)
    const leads = timelineModel(sample, now, { tag: 'leads-group' }).lanes
    expect(leads.length).toBeGreaterThan(0)
    expect(leads.every((l) => l.tags.includes('leads-group'))).toBe(true)
    const closed = timelineModel(sample, now, { stage: 'closed' }).lanes
    expect(closed.map((l) => l.name).sort()).toEqual(['Aisha Rahman', 'Dana Reyes'])
    const cold = timelineModel(sample, now, { goingCold: true }).lanes
    expect(cold.length).toBeGreaterThan(0)
    expect(cold.length).toBeLessThan(all.length)
  })

  it('says on each lane where the relationship began and when the next follow-up is due', () => {
    const journal = journalWith(now, { people: [{ howWeMet: { date: '2026-01-01', eventId: 'ev-mixer' } }, { howWeMet: { date: '2026-02-01' } }] })
    const at = now.toISOString()
    const followUp = (id: string, dueAt: string, status: 'pending' | 'done', snoozedUntil?: string) => ({
      id,
      createdAt: at,
      updatedAt: at,
      personId: 'p0',
      note: 'call',
      dueAt,
      status,
      snoozedUntil,
    })
    journal.followUps = [
      followUp('f1', day('2026-12-20'), 'pending'),
      followUp('f2', day('2026-12-05'), 'done'),
      followUp('f3', day('2026-12-01'), 'pending', day('2026-12-10')),
    ]
    const lanes = timelineModel(journal, now).lanes
    const first = lanes.find((l) => l.personId === 'p0')!
    expect(first.metAtEventId).toBe('ev-mixer')
    // The snoozed one is due on the day it was snoozed to; the done one is not pending.
    expect(first.nextFollowUp).toBe(day('2026-12-10'))
    const second = lanes.find((l) => l.personId === 'p1')!
    expect(second.metAtEventId).toBeUndefined()
    expect(second.nextFollowUp).toBeUndefined()

    // Planning a follow-up changes that person's lane and nobody else's.
    journal.followUps.push({ ...followUp('f4', day('2026-12-02'), 'pending'), personId: 'p1' })
    const after = timelineModel(journal, now).lanes
    expect(after.find((l) => l.personId === 'p1')!.nextFollowUp).toBe(day('2026-12-02'))
  })

  it('every stage appears somewhere in the sample network', () => {
    const stages = new Set(timelineModel(generateSampleJournal({ now }), now).lanes.map((l) => l.stage))
    expect([...stages].sort()).toEqual(['closed', 'followed-up', 'met', 'one-to-one', 'ongoing', 'referral-given', 'referral-received'])
  })
})
