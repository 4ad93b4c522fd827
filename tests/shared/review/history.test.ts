import { describe, expect, it } from 'vitest'
import { emptyJournal } from '../../../shared/domain'
import { reviewHistory, reviewStreak, reviewedWeeks } from '../../../shared/derive/weeklyReview'
import { journalWith } from '../../support/journalBuilder'
import { review } from './fixtures'

const now = new Date('2026-11-06T17:00:00Z')
const NEW_YORK = { timeZone: 'America/New_York', weekStartsOn: 0 as const, now }

describe('the streak of weeks reviewed', () => {
  const streakOf = (...weekStarts: string[]) =>
    reviewStreak(
      reviewedWeeks(
        weekStarts.map((w) => review(w)),
        0,
      ),
      '2026-11-01',
    )

  it('counts consecutive reviewed weeks ending this week', () => {
    expect(streakOf('2026-11-01', '2026-10-25', '2026-10-18', '2026-10-04')).toEqual({ weeks: 3, through: '2026-11-01' })
  })

  it('still counts when this week is not reviewed yet, ending last week', () => {
    expect(streakOf('2026-10-25', '2026-10-18')).toEqual({ weeks: 2, through: '2026-10-25' })
  })

  it('is broken by a week without a review before last week', () => {
    expect(streakOf('2026-10-18', '2026-10-11')).toEqual({ weeks: 0, through: null })
    expect(streakOf()).toEqual({ weeks: 0, through: null })
  })

  it('counts only completed reviews', () => {
    const reviewed = reviewedWeeks([review('2026-11-01', { completedAt: undefined }), review('2026-10-25')], 0)
    expect(reviewStreak(reviewed, '2026-11-01')).toEqual({ weeks: 1, through: '2026-10-25' })
  })

  it('keeps reviews saved when weeks started on Monday, in the Sunday week that contains them', () => {
    const reviewed = reviewedWeeks([review('2026-10-26'), review('2026-10-19')], 0)
    expect([...reviewed]).toEqual(['2026-10-25', '2026-10-18'])
    expect(reviewStreak(reviewed, '2026-11-01').weeks).toBe(2)
  })
})

describe('the review history', () => {
  const journal = journalWith(now, {
    people: [{ id: 'ana', howWeMet: { date: '2026-06-01' } }],
    interactions: [
      { kind: 'coffee', personIds: ['ana'], date: '2026-11-02T14:00:00Z' },
      { kind: 'one-to-one', personIds: ['ana'], date: '2026-11-01T03:59:00Z' }, // 23:59 Saturday EDT: the week before
      { kind: 'call', personIds: ['ana'], date: '2026-03-02T14:00:00Z' }, // eight months ago: only in the 12-month trend
    ],
    referrals: [
      { direction: 'given', toPersonId: 'ana', date: '2026-10-01T14:00:00Z' },
      { direction: 'received', fromPersonId: 'ana', date: '2026-10-02T14:00:00Z' },
      { direction: 'received', fromPersonId: 'ana', date: '2026-04-02T14:00:00Z' },
    ],
  })
  journal.reviews = [review('2026-10-18', { intentions: 'Call Ana' }), review('2026-11-01', { completedAt: undefined }), review('2026-10-25')]
  const history = reviewHistory(journal, NEW_YORK)

  it('lists saved reviews newest week first, marking the unfinished one', () => {
    expect(history.reviews.map((r) => [r.weekStart, r.completed])).toEqual([
      ['2026-11-01', false],
      ['2026-10-25', true],
      ['2026-10-18', true],
    ])
  })

  it('has 26 and 52 weeks of activity ending with this week', () => {
    expect(history.sixMonths.weeks).toHaveLength(26)
    expect(history.twelveMonths.weeks).toHaveLength(52)
    expect(history.sixMonths.weeks.at(-1)!.weekStart).toBe('2026-11-01')
    expect(history.sixMonths.weeks[0]!.weekStart).toBe('2026-05-10')
    expect(history.twelveMonths.weeks[0]!.weekStart).toBe('2025-11-09')
    expect(history.twelveMonths.weeks.slice(-26)).toEqual(history.sixMonths.weeks)
  })

  it('puts activity in the right local week and totals it over each period', () => {
    const week = (start: string) => history.twelveMonths.weeks.find((w) => w.weekStart === start)!
    expect(week('2026-11-01')).toMatchObject({ conversations: 1, oneToOnes: 0, reviewed: false })
    expect(week('2026-10-25')).toMatchObject({ conversations: 1, oneToOnes: 1, reviewed: true })
    expect(history.sixMonths.totals).toMatchObject({ conversations: 2, oneToOnes: 1, referralsGiven: 1, referralsReceived: 1, peopleMet: 1 })
    expect(history.twelveMonths.totals).toMatchObject({ conversations: 3, referralsGiven: 1, referralsReceived: 2 })
  })

  it('counts weeks reviewed per period and the streak', () => {
    expect(history.sixMonths.weeksReviewed).toBe(2)
    expect(history.streak).toEqual({ weeks: 2, through: '2026-10-25' })
  })

  it('an empty journal has no reviews, no streak and a flat year', () => {
    const empty = reviewHistory(emptyJournal(now), NEW_YORK)
    expect(empty.reviews).toEqual([])
    expect(empty.streak).toEqual({ weeks: 0, through: null })
    expect(empty.twelveMonths.weeks.every((w) => w.conversations === 0 && !w.reviewed)).toBe(true)
    expect(Object.values(empty.twelveMonths.totals).every((v) => v === 0)).toBe(true)
  })
})
