import { describe, expect, it } from 'vitest'
import { WeeklyReview } from '../../../shared/domain'
import { compareStrength, reviewHistory, reviewSnapshot, weeklyReview } from '../../../shared/derive/weeklyReview'
import { generateSampleJournal } from '../../../shared/sample/generate'

// A Friday afternoon in the Midwest, where the sample's conference takes place.
const now = new Date('2026-11-27T16:00:00Z')
const CHICAGO = { timeZone: 'America/Chicago', weekStartsOn: 0 as const }

describe('the weekly review of the sample journal', () => {
  const journal = generateSampleJournal({ now })
  const model = weeklyReview(journal, { ...CHICAGO, now })
  const figure = (key: string, m = model) => m.steps.numbers.figures.find((f) => f.key === key)!

  it('reviews the local week (Sunday 22 – Saturday 28 November, Chicago time)', () => {
    expect(model.week).toEqual({ startDate: '2026-11-22', lastDate: '2026-11-28', start: '2026-11-22T06:00:00.000Z', end: '2026-11-29T06:00:00.000Z' })
  })

  it("agrees with a plain recount of the week's conversations and referrals", () => {
    const [start, end] = [Date.parse(model.week.start), Date.parse(model.week.end)]
    const conversations = journal.interactions.filter((i) => i.kind !== 'note' && Date.parse(i.date) >= start && Date.parse(i.date) < end)
    expect(figure('conversations').value).toBe(conversations.length)
    expect(figure('conversations').value).toBeGreaterThan(0)
    expect(figure('referralsReceived').previous.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
  })

  it('shows the overdue follow-up the sample plants, and it counts as missed this week', () => {
    expect(model.steps.overdue.map((f) => f.personName)).toEqual(['Sofia Marín'])
    expect(figure('followUpsMissed').value).toBe(1)
  })

  it('lists cold relationships strongest first, each past its cadence', () => {
    const cold = model.steps['going-cold']
    expect(cold.length).toBeGreaterThan(0)
    for (const person of cold) expect(person.daysSinceContact).toBeGreaterThan(person.cadenceDays)
    for (let i = 1; i < cold.length; i++) expect(compareStrength(cold[i - 1]!.strength, cold[i]!.strength)).toBeLessThanOrEqual(0)
  })

  it('asks me to pay back the referrers I have not thanked, and not those I have', () => {
    const owed = model.steps['give-and-take']
    expect(owed.length).toBeGreaterThan(0)
    for (const person of owed) expect(person.owed + person.unthanked).toBeGreaterThan(0)
    const thanked = new Set(journal.referrals.filter((r) => r.direction === 'received' && r.thanked).map((r) => r.fromPersonId))
    const returned = [...thanked].filter((id) => journal.referrals.some((r) => r.direction === 'given' && r.toPersonId === id))
    for (const id of returned) expect(owed.map((o) => o.personId)).not.toContain(id)
  })

  it("shows next week's conference with its id for the cheat sheet", () => {
    expect(model.steps['next-week']).toEqual([
      expect.objectContaining({ eventId: 'ev-conference', title: 'Midwest Growth Conference', expectedAttendees: expect.any(Number) }),
    ])
  })

  it('a saved review is what next week compares against, and starts the streak', () => {
    const saved = WeeklyReview.parse({
      id: 'rv-1',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      weekStart: model.week.startDate,
      completedAt: now.toISOString(),
      wentWell: 'Two good coffees',
      intentions: 'Two one-to-ones',
      snapshot: reviewSnapshot(model),
      step: 'reflection',
    })
    const later = { ...journal, reviews: [saved] }
    const nextFriday = new Date(now.getTime() + 7 * 86_400_000)
    const next = weeklyReview(later, { ...CHICAGO, now: nextFriday })
    expect(next.week.startDate).toBe('2026-11-29')
    expect(next.steps.numbers.lastReview).toMatchObject({ id: 'rv-1', weekStart: '2026-11-22' })
    expect(figure('conversations', next).lastReviewed).toBe(figure('conversations').value)
    expect(next.steps.reflection.previousIntentions).toEqual({ weekStart: '2026-11-22', intentions: 'Two one-to-ones' })
    expect(reviewHistory(later, { ...CHICAGO, now: nextFriday }).streak).toEqual({ weeks: 1, through: '2026-11-22' })
  })
})
