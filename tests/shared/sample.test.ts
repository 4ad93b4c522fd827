import { describe, expect, it } from 'vitest'
import { Journal } from '../../shared/domain'
import { generateSampleJournal } from '../../shared/sample/generate'

const now = new Date('2026-11-29T12:00:00Z')

describe('the sample journal', () => {
  const sample = generateSampleJournal({ now })

  it('is a valid journal', () => {
    expect(Journal.safeParse(sample).success).toBe(true)
  })

  it('is the same on every run for the same day', () => {
    expect(generateSampleJournal({ now })).toEqual(sample)
  })

  it('has about 25 people and the four kinds of event the story needs', () => {
    expect(sample.people).toHaveLength(25)
    const kinds = new Set(sample.events.map((e) => e.kind))
    for (const kind of ['party', 'chamber-mixer', 'leads-group', 'conference']) expect(kinds).toContain(kind)
  })

  it('has a conference next week with a featured speaker and twelve expected attendees', () => {
    const conference = sample.events.find((e) => e.kind === 'conference')!
    const inDays = (Date.parse(conference.startsAt) - now.getTime()) / 86_400_000
    expect(inDays).toBeGreaterThan(0)
    expect(inDays).toBeLessThanOrEqual(7)
    expect(conference.featuredSpeaker).toBeTruthy()
    expect(conference.expectedAttendeeIds).toHaveLength(12)
  })

  it('has follow-ups due this week and exactly one overdue', () => {
    const pending = sample.followUps.filter((f) => f.status === 'pending')
    const overdue = pending.filter((f) => Date.parse(f.dueAt) < now.getTime())
    const thisWeek = pending.filter((f) => Date.parse(f.dueAt) >= now.getTime() && Date.parse(f.dueAt) < now.getTime() + 7 * 86_400_000)
    expect(overdue).toHaveLength(1)
    expect(thisWeek.length).toBeGreaterThanOrEqual(2)
  })

  it('has referrals given and received, one closed with a value, and a private note', () => {
    expect(sample.referrals.some((r) => r.direction === 'given')).toBe(true)
    expect(sample.referrals.some((r) => r.direction === 'received')).toBe(true)
    expect(sample.referrals.some((r) => r.status === 'closed' && (r.closedValue ?? 0) > 0)).toBe(true)
    expect(sample.people.some((p) => p.notes.some((n) => n.private))).toBe(true)
  })

  it('never records a conversation in the future', () => {
    for (const i of sample.interactions) expect(Date.parse(i.date)).toBeLessThanOrEqual(now.getTime())
  })

  it('scales up deterministically for benchmarks', () => {
    const scale = { people: 200, interactions: 2_000, events: 20, referrals: 50, followUps: 100 }
    const big = generateSampleJournal({ now, scale })
    expect(big.people).toHaveLength(225)
    expect(big.interactions.length).toBeGreaterThanOrEqual(2_000)
    expect(Journal.safeParse(big).success).toBe(true)
    expect(generateSampleJournal({ now, scale })).toEqual(big)
  })
})
