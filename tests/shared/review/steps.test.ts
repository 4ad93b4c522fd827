import { describe, expect, it } from 'vitest'
import type { Journal } from '../../../shared/domain'
import { REVIEW_STEP_TITLES, weeklyReview } from '../../../shared/derive/weeklyReview'
import { journalWith } from '../../support/journalBuilder'
import { event, followUp, review } from './fixtures'

// New Year's Eve in Berlin: the week (Monday 28 Dec – Sunday 3 Jan) spans two years.
const now = new Date('2026-12-31T15:00:00Z')
const BERLIN = { timeZone: 'Europe/Berlin', weekStartsOn: 1 as const, now }

function yearEndJournal(): Journal {
  const answer = { icebreakerId: 'ib-business', answer: 'Runs a bakery' }
  const note = { id: 'n1', text: 'Wants to open a second shop', private: false, createdAt: now.toISOString() }
  const journal = journalWith(now, {
    people: [
      { id: 'bare', name: 'Bea Bare', howWeMet: { date: '2026-12-29' } },
      { id: 'full', name: 'Finn Full', howWeMet: { date: '2026-12-30' }, tags: ['leads-group'], learned: [answer] },
      { id: 'tagged', name: 'Tia Tagged', tags: ['friend'], notes: [note] },
      { id: 'older', name: 'Olga Older', howWeMet: { date: '2026-12-27' } },
      { id: 'closer', name: 'Cleo Closer', howWeMet: { date: '2026-03-01' } },
      { id: 'closer2', name: 'Carl Closer', howWeMet: { date: '2026-03-01' } },
      { id: 'chatty', name: 'Chad Chatty', howWeMet: { date: '2026-03-01' }, cadenceDays: 30 },
      { id: 'chatty2', name: 'Cher Chatty', howWeMet: { date: '2026-03-01' }, cadenceDays: 30 },
      { id: 'quiet', name: 'Quinn Quiet', howWeMet: { date: '2026-05-01' } },
      { id: 'gone', name: 'Archived', howWeMet: { date: '2026-01-01' }, archived: true },
      { id: 'fresh', name: 'Fran Fresh', howWeMet: { date: '2026-03-01' } },
      { id: 'owing', name: 'Olive Owing', howWeMet: { date: '2026-12-01' } },
    ],
    interactions: [
      { kind: 'met', personIds: ['tagged'], date: '2027-01-01T10:00:00Z' },
      ...['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01'].map((d) => ({ kind: 'call' as const, personIds: ['chatty'], date: `${d}T10:00:00Z` })),
      ...['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01'].map((d) => ({
        kind: 'call' as const,
        personIds: ['chatty2'],
        date: `${d}T10:00:00Z`,
      })),
      { kind: 'coffee', personIds: ['fresh'], date: '2026-12-20T10:00:00Z' },
    ],
    referrals: [
      {
        direction: 'received',
        fromPersonId: 'closer',
        date: '2026-04-01T10:00:00Z',
        status: 'closed',
        closedValue: 900,
        thanked: true,
        updatedAt: '2026-05-01T10:00:00Z',
      },
      {
        direction: 'received',
        fromPersonId: 'closer2',
        date: '2026-04-01T10:00:00Z',
        status: 'closed',
        closedValue: 900,
        thanked: true,
        updatedAt: '2026-05-01T10:00:00Z',
      },
      { direction: 'given', toPersonId: 'closer2', date: '2026-04-02T10:00:00Z' },
      { id: 'r-nov', direction: 'received', fromPersonId: 'owing', date: '2026-12-02T10:00:00Z', about: 'A bakery client' },
      { id: 'r-dec', direction: 'received', fromPersonId: 'owing', date: '2026-12-20T10:00:00Z', about: 'A caterer' },
    ],
  })
  journal.settings.cadenceByTag = { 'leads-group': 30 }
  journal.followUps = [
    followUp('f-full', '2027-01-05T10:00:00Z', 'pending', { personId: 'full' }),
    followUp('f-yesterday', '2026-12-30T10:00:00Z', 'pending', { personId: 'quiet' }),
    followUp('f-month', '2026-12-01T10:00:00Z', 'pending', { eventId: 'ev-party' }),
    followUp('f-snoozed', '2026-12-01T10:00:00Z', 'pending', { personId: 'quiet', snoozedUntil: '2027-01-02T10:00:00Z' }),
    followUp('f-done', '2026-12-01T10:00:00Z', 'done', { personId: 'quiet' }),
  ]
  journal.events = [
    event('this-sunday', '2027-01-03T22:00:00Z'), // 23:00 Sunday in Berlin: still this week
    event('late-sunday', '2027-01-10T22:30:00Z', { title: 'Late Sunday', expectedAttendeeIds: ['full', 'owing'] }),
    event('monday', '2027-01-04T08:00:00Z', { title: 'Leads breakfast', kind: 'leads-group', venue: 'Maple Diner' }),
    event('after', '2027-01-10T23:30:00Z'), // 00:30 Monday the 11th in Berlin: the week after
  ]
  journal.reviews = [review('2026-12-28', { completedAt: undefined, step: 'going-cold', wentWell: 'Met a baker' })]
  return journal
}

describe('the review steps', () => {
  const model = weeklyReview(yearEndJournal(), BERLIN)

  it('has a title for each of the seven steps, in order', () => {
    expect(Object.keys(model.steps)).toEqual(Object.keys(REVIEW_STEP_TITLES))
    expect(Object.keys(model.steps)).toHaveLength(7)
  })

  it('new people: those first met this week (New Year included), each with what is missing', () => {
    expect(model.week).toMatchObject({ startDate: '2026-12-28', lastDate: '2027-01-03' })
    expect(model.steps['new-people'].map((p) => [p.name, p.missing])).toEqual([
      ['Bea Bare', ['follow-up', 'cadence', 'tags', 'learned']],
      ['Finn Full', []], // a follow-up, a tag with a cadence, and an answer learned
      ['Tia Tagged', ['follow-up', 'cadence']], // a tag without a cadence; a note counts as learned
    ])
    expect(model.steps['new-people'][2]).toMatchObject({ personId: 'tagged', firstMet: '2027-01-01T10:00:00.000Z' })
    expect(model.steps['new-people'][0]!.firstMet).toBe('2026-12-28T23:00:00.000Z') // midnight in Berlin
  })

  it('new people and people met leave out contacts imported this week with no meeting day or conversation', () => {
    const journal = yearEndJournal()
    const imported = journalWith(now, { people: [{ id: 'imported', name: 'Ivy Imported', createdAt: '2026-12-30T09:00:00.000Z' }] }).people[0]!
    journal.people.push(imported)
    const withImport = weeklyReview(journal, BERLIN)
    expect(withImport.steps['new-people'].map((p) => p.name)).not.toContain('Ivy Imported')
    expect(withImport.steps.numbers).toEqual(model.steps.numbers)
  })

  it('going cold: people past their cadence, strongest relationship first', () => {
    const cold = model.steps['going-cold']
    // Closed business outranks an ongoing relationship; among equals more referrals, then more conversations, win.
    expect(cold.map((c) => c.personId)).toEqual(['closer2', 'closer', 'chatty2', 'chatty', 'quiet'])
    expect(cold[0]).toMatchObject({ stage: 'closed', stageLabel: 'Closed business', strength: { stageRank: 6, contacts: 0, referrals: 2 } })
    expect(cold.find((c) => c.personId === 'chatty2')).toMatchObject({
      stage: 'ongoing',
      cadenceDays: 30,
      lastContact: '2026-08-01T10:00:00Z',
      daysSinceContact: 152,
      daysPastCadence: 122,
    })
  })

  it('overdue follow-ups: pending and past due (snoozed ones once the snooze ends), most overdue first', () => {
    expect(model.steps.overdue).toEqual([
      {
        followUpId: 'f-month',
        note: 'follow-up f-month',
        dueAt: '2026-12-01T10:00:00.000Z',
        daysOverdue: 30,
        eventId: 'ev-party',
        personId: undefined,
        personName: undefined,
      },
      {
        followUpId: 'f-yesterday',
        note: 'follow-up f-yesterday',
        dueAt: '2026-12-30T10:00:00.000Z',
        daysOverdue: 1,
        personId: 'quiet',
        personName: 'Quinn Quiet',
        eventId: undefined,
      },
    ])
  })

  it('give and take: who referred business I have not returned or thanked, most owed first', () => {
    expect(model.steps['give-and-take']).toEqual([
      {
        personId: 'owing',
        name: 'Olive Owing',
        received: 2,
        given: 0,
        owed: 2,
        unthanked: 2,
        unthankedReferrals: [
          { referralId: 'r-dec', about: 'A caterer', date: '2026-12-20T10:00:00Z' },
          { referralId: 'r-nov', about: 'A bakery client', date: '2026-12-02T10:00:00Z' },
        ],
      },
      { personId: 'closer', name: 'Cleo Closer', received: 1, given: 0, owed: 1, unthanked: 0, unthankedReferrals: [] },
    ])
  })

  it("next week's events: those starting in the following local week, soonest first, with their ids", () => {
    expect(model.nextWeek).toMatchObject({ startDate: '2027-01-04', lastDate: '2027-01-10' })
    expect(model.steps['next-week']).toEqual([
      {
        eventId: 'monday',
        title: 'Leads breakfast',
        kind: 'leads-group',
        startsAt: '2027-01-04T08:00:00Z',
        endsAt: undefined,
        venue: 'Maple Diner',
        expectedAttendees: 0,
      },
      {
        eventId: 'late-sunday',
        title: 'Late Sunday',
        kind: 'other',
        startsAt: '2027-01-10T22:30:00Z',
        endsAt: undefined,
        venue: undefined,
        expectedAttendees: 2,
      },
    ])
  })

  it('resumes an unfinished review where it was left, with what was written', () => {
    expect(model.review?.id).toBe('rv-2026-12-28')
    expect(model.resumeAt).toBe('going-cold')
    expect(model.steps.reflection).toMatchObject({ wentWell: 'Met a baker', intentions: '', completedAt: undefined })
  })
})
