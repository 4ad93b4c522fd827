import { describe, expect, it } from 'vitest'
import { REVIEW_STEPS, emptyJournal, type Journal } from '../../../shared/domain'
import { FIGURES, reviewSnapshot, weeklyReview, type FigureKey } from '../../../shared/derive/weeklyReview'
import { journalWith } from '../../support/journalBuilder'
import { followUp, review } from './fixtures'

// Friday afternoon in New York, the week after clocks went back (Sunday 2026-11-01).
const now = new Date('2026-11-06T17:00:00Z')
const NEW_YORK = { timeZone: 'America/New_York', weekStartsOn: 0 as const }

function weekJournal(): Journal {
  const journal = journalWith(now, {
    people: [
      { id: 'ana', name: 'Ana', howWeMet: { date: '2026-11-01' } }, // a calendar date: Sunday, this week in New York
      { id: 'ben', name: 'Ben' }, // met 23:30 on Saturday the 31st, New York time: last week
      { id: 'cy', name: 'Cy' }, // met 23:30 on Saturday the 7th (EST): still this week
      { id: 'old', name: 'Archived', archived: true, howWeMet: { date: '2026-11-02' } },
    ],
    interactions: [
      { kind: 'met', personIds: ['ana'], date: '2026-11-01T15:00:00Z' },
      { kind: 'met', personIds: ['ben'], date: '2026-11-01T03:30:00Z' },
      { kind: 'met', personIds: ['cy'], date: '2026-11-08T04:30:00Z' },
      { kind: 'call', personIds: ['ana'], date: '2026-11-03T14:00:00Z' },
      { kind: 'one-to-one', personIds: ['ana'], date: '2026-11-04T14:00:00Z' },
      { kind: 'note', personIds: ['ana'], date: '2026-11-04T15:00:00Z' },
      { kind: 'one-to-one', personIds: ['ben'], date: '2026-10-20T14:00:00Z' },
    ],
    referrals: [
      { direction: 'given', toPersonId: 'ana', date: '2026-11-02T14:00:00Z' },
      { direction: 'received', fromPersonId: 'ana', date: '2026-11-03T14:00:00Z', status: 'closed', closedValue: 4500, updatedAt: '2026-11-05T14:00:00Z' },
      { direction: 'given', toPersonId: 'cy', date: '2026-10-06T14:00:00Z', status: 'closed', closedValue: 1200, updatedAt: '2026-11-04T12:00:00Z' },
    ],
  })
  journal.followUps = [
    followUp('done', '2026-11-02T15:00:00Z', 'done'),
    followUp('dismissed', '2026-11-03T15:00:00Z', 'dismissed'),
    followUp('late', '2026-11-05T15:00:00Z', 'pending'),
    followUp('tomorrow', '2026-11-07T12:00:00Z', 'pending'), // due later this week: not missed yet
    followUp('snoozed', '2026-11-02T15:00:00Z', 'pending', { snoozedUntil: '2026-11-10T15:00:00Z' }),
    followUp('october', '2026-10-12T15:00:00Z', 'pending'),
  ]
  journal.reviews = [
    review('2026-10-25', { snapshot: { conversations: 7, peopleMet: 2 }, intentions: '' }),
    review('2026-10-18', { intentions: 'Two one-to-ones' }),
  ]
  return journal
}

const row = (journal: Journal, key: FigureKey) => weeklyReview(journal, { ...NEW_YORK, now }).steps.numbers.figures.find((f) => f.key === key)!

describe('the week in numbers', () => {
  const journal = weekJournal()
  const model = weeklyReview(journal, { ...NEW_YORK, now })

  it('reviews the local week containing now, beside the four before it', () => {
    expect(model.week).toMatchObject({ startDate: '2026-11-01', start: '2026-11-01T04:00:00.000Z', end: '2026-11-08T05:00:00.000Z' })
    expect(model.nextWeek.startDate).toBe('2026-11-08')
    expect(row(journal, 'conversations').series.map((p) => p.weekStart)).toEqual(['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25', '2026-11-01'])
  })

  it('lists every figure once, in the order the page shows them', () => {
    expect(model.steps.numbers.figures.map((f) => f.key)).toEqual(FIGURES.map((f) => f.key))
  })

  it('counts people first met in the local week, not archived ones, across the DST change', () => {
    expect(row(journal, 'peopleMet')).toMatchObject({ value: 2, previous: [0, 0, 0, 1] }) // Ana, Cy; Ben last week
  })

  it('counts conversations (private notes aside) and one-to-ones', () => {
    expect(row(journal, 'conversations')).toMatchObject({ value: 4, previous: [0, 0, 1, 1], previousAverage: 0.5 })
    expect(row(journal, 'oneToOnes')).toMatchObject({ value: 1, previous: [0, 0, 1, 0] })
  })

  it('counts follow-ups done and missed in the week they were due; one still due later is not missed yet', () => {
    expect(row(journal, 'followUpsDone').value).toBe(1)
    expect(row(journal, 'followUpsMissed')).toMatchObject({ value: 2, previous: [0, 1, 0, 0] })
  })

  it('a snoozed follow-up counts in the week it was snoozed to', () => {
    const next = weeklyReview(journal, { ...NEW_YORK, now: new Date('2026-11-12T12:00:00Z') })
    expect(next.steps.numbers.figures.find((f) => f.key === 'followUpsMissed')!.value).toBe(1)
  })

  it('counts referrals by date and closed business by when it closed, each way', () => {
    expect(row(journal, 'referralsGiven')).toMatchObject({ value: 1, previous: [1, 0, 0, 0] })
    expect(row(journal, 'referralsReceived').value).toBe(1)
    expect(row(journal, 'closedValueReceived')).toMatchObject({ value: 4500, unit: 'money' })
    expect(row(journal, 'closedValueGiven').value).toBe(1200)
  })

  it('compares with the figures saved by the last review, and recalls its intentions', () => {
    expect(model.steps.numbers.lastReview).toMatchObject({ weekStart: '2026-10-25' })
    expect(row(journal, 'conversations').lastReviewed).toBe(7)
    expect(row(journal, 'oneToOnes').lastReviewed).toBeUndefined()
    expect(model.steps.reflection.previousIntentions).toEqual({ weekStart: '2026-10-18', intentions: 'Two one-to-ones' })
  })

  it("the snapshot to save holds this week's value of every figure", () => {
    expect(reviewSnapshot(model)).toEqual({
      peopleMet: 2,
      conversations: 4,
      oneToOnes: 1,
      followUpsDone: 1,
      followUpsMissed: 2,
      referralsGiven: 1,
      referralsReceived: 1,
      closedValueReceived: 4500,
      closedValueGiven: 1200,
    })
  })

  it('with Monday weeks the same journal is cut differently', () => {
    const monday = weeklyReview(journal, { timeZone: 'America/New_York', weekStartsOn: 1, now })
    expect(monday.week.startDate).toBe('2026-11-02')
    // Ana (met Sunday the 1st) now belongs to the week before; Cy (Saturday the 7th) stays.
    expect(monday.steps.numbers.figures.find((f) => f.key === 'peopleMet')).toMatchObject({ value: 1, previous: [0, 0, 0, 2] })
  })

  it('a past week can be reviewed by any day in it', () => {
    const past = weeklyReview(journal, { ...NEW_YORK, now, weekStart: '2026-10-21' })
    expect(past.week.startDate).toBe('2026-10-18')
    expect(past.review?.id).toBe('rv-2026-10-18')
    expect(past.steps.numbers.figures.find((f) => f.key === 'oneToOnes')!.value).toBe(1)
  })
})

describe('an empty journal', () => {
  it('shows zeros everywhere, empty lists, and starts at the first step', () => {
    const model = weeklyReview(emptyJournal(now), { ...NEW_YORK, now })
    for (const figure of model.steps.numbers.figures) {
      expect(figure).toMatchObject({ value: 0, previous: [0, 0, 0, 0], previousAverage: 0, lastReviewed: undefined })
    }
    expect(model.steps.numbers.lastReview).toBeUndefined()
    for (const step of ['new-people', 'going-cold', 'overdue', 'give-and-take', 'next-week'] as const) expect(model.steps[step]).toEqual([])
    expect(model.steps.reflection).toEqual({ wentWell: '', intentions: '', completedAt: undefined, previousIntentions: undefined })
    expect(model.review).toBeNull()
    expect(model.resumeAt).toBe(REVIEW_STEPS[0])
  })
})
