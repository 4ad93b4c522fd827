import { describe, expect, it } from 'vitest'
import {
  dueFollowUps,
  fixedOffset,
  groupFollowUps,
  nextFollowUpDue,
  snoozeChoices,
  startOfLocalDay,
  suggestedFollowUps,
  type UtcOffset,
} from '../../../shared/derive/followUps'
import type { FollowUp } from '../../../shared/domain'
import { day, journalWith } from '../../support/journalBuilder'

const at = '2026-11-01T00:00:00.000Z'
const followUp = (id: string, dueAt: string, fields: Partial<FollowUp> = {}): FollowUp => ({
  id,
  createdAt: at,
  updatedAt: at,
  dueAt,
  personId: 'p0',
  note: id,
  status: 'pending',
  ...fields,
})
const ids = (list: FollowUp[]) => list.map((f) => f.id)

describe('due follow-ups', () => {
  const now = new Date('2026-11-30T12:00:00.000Z')
  const journal = {
    followUps: [
      followUp('due', '2026-11-30T11:00:00.000Z'),
      followUp('older', '2026-11-20T11:00:00.000Z'),
      followUp('future', '2026-11-30T13:00:00.000Z'),
      followUp('notified', '2026-11-30T10:00:00.000Z', { notifiedAt: '2026-11-30T10:00:00.000Z' }),
      followUp('done', '2026-11-30T10:00:00.000Z', { status: 'done' }),
      followUp('snoozed-later', '2026-11-30T09:00:00.000Z', { snoozedUntil: '2026-12-01T09:00:00.000Z' }),
      followUp('snooze-over', '2026-11-29T09:00:00.000Z', { snoozedUntil: '2026-11-30T12:00:00.000Z' }),
    ],
  }

  it('are pending, due or past their snooze, and not yet notified, oldest first', () => {
    expect(ids(dueFollowUps(journal, now))).toEqual(['older', 'due', 'snooze-over'])
  })

  it('the next one to wait for counts a snooze, not the original time', () => {
    expect(nextFollowUpDue(journal, now)?.toISOString()).toBe('2026-11-30T13:00:00.000Z')
    expect(nextFollowUpDue({ followUps: [journal.followUps[5]!] }, now)?.toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(nextFollowUpDue({ followUps: [] }, now)).toBeUndefined()
  })
})

describe('grouping for the list page', () => {
  it('uses the local day, not the UTC day', () => {
    // 23:30 UTC on the 29th is already the 30th in Tokyo (UTC+9).
    const now = new Date('2026-11-29T23:30:00.000Z')
    const list = [
      followUp('yesterday-tokyo', '2026-11-29T14:00:00.000Z'), // 23:00 on the 29th in Tokyo
      followUp('today-tokyo', '2026-11-29T16:00:00.000Z'), // 01:00 on the 30th
      followUp('tomorrow', '2026-11-30T16:00:00.000Z'),
      followUp('in-7-days', '2026-12-07T14:00:00.000Z'),
      followUp('in-8-days', '2026-12-07T16:00:00.000Z'),
      followUp('dismissed', '2026-11-29T16:00:00.000Z', { status: 'dismissed' }),
    ]
    // Monday 30 November in Tokyo; the review's week (Sunday first) ends after Saturday 5 December.
    const groups = groupFollowUps(list, now, { timeZone: 'Asia/Tokyo', weekStartsOn: 0 })
    expect({ overdue: ids(groups.overdue), today: ids(groups.today), week: ids(groups['this week']), later: ids(groups.later) }).toEqual({
      overdue: ['yesterday-tokyo'],
      today: ['today-tokyo'],
      week: ['tomorrow'],
      later: ['in-7-days', 'in-8-days'],
    })
    // The same moment in UTC: Sunday the 29th, and a week that runs to Saturday 5 December.
    const utc = groupFollowUps(list, now, { timeZone: 'UTC', weekStartsOn: 0 })
    expect([ids(utc.today), ids(utc['this week'])]).toEqual([['yesterday-tokyo', 'today-tokyo'], ['tomorrow']])
  })

  it('finds local midnight across a daylight-saving change', () => {
    // Europe/Paris-like: UTC+2 until 2026-10-25T01:00Z, then UTC+1.
    const paris: UtcOffset = (d) => (d.getTime() < Date.parse('2026-10-25T01:00:00.000Z') ? 120 : 60)
    expect(startOfLocalDay(new Date('2026-10-25T12:00:00.000Z'), paris).toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(startOfLocalDay(new Date('2026-10-25T12:00:00.000Z'), paris, 1).toISOString()).toBe('2026-10-25T23:00:00.000Z')
  })
})

describe('snooze choices', () => {
  it('an hour, tomorrow at 9, and next Monday at 9 (local) where weeks start on Monday', () => {
    // A Wednesday, 15:00 in New York (UTC-5).
    const choices = snoozeChoices(new Date('2026-12-02T20:00:00.000Z'), 1, fixedOffset(-300))
    expect(choices.map((c) => [c.key, c.until.toISOString()])).toEqual([
      ['hour', '2026-12-02T21:00:00.000Z'],
      ['tomorrow', '2026-12-03T14:00:00.000Z'],
      ['next-week', '2026-12-07T14:00:00.000Z'],
    ])
    // On a Monday, next week means the Monday after.
    expect(snoozeChoices(new Date('2026-12-07T12:00:00.000Z'), 1, fixedOffset(0))[2]!.until.toISOString()).toBe('2026-12-14T09:00:00.000Z')
  })

  it("next week begins where the review's week begins: Sunday for en-US, Saturday where weeks start then", () => {
    // Wednesday Dec 2: the next Sunday is Dec 6, the next Saturday Dec 5.
    expect(snoozeChoices(new Date('2026-12-02T12:00:00.000Z'), 0, fixedOffset(0))[2]!.until.toISOString()).toBe('2026-12-06T09:00:00.000Z')
    expect(snoozeChoices(new Date('2026-12-02T12:00:00.000Z'), 6, fixedOffset(0))[2]!.until.toISOString()).toBe('2026-12-05T09:00:00.000Z')
    // On a Sunday in a Sunday-first locale, next week is the Sunday after.
    expect(snoozeChoices(new Date('2026-12-06T12:00:00.000Z'), 0, fixedOffset(0))[2]!.until.toISOString()).toBe('2026-12-13T09:00:00.000Z')
  })
})

describe('keep-in-touch suggestions', () => {
  const now = new Date(day('2026-11-29'))

  it('suggest people past their cadence (tag cadence from Settings), longest-neglected first, unless a follow-up is planned', () => {
    const journal = journalWith(now, {
      people: [
        { id: 'client', name: 'Casey Client', tags: ['client'] },
        { id: 'friend', name: 'Frankie', cadenceDays: 10 },
        { id: 'fresh', name: 'Fresh Contact', tags: ['client'] },
        { id: 'planned', name: 'Planned Pat', tags: ['client'] },
        { id: 'gone', name: 'Archived Alex', tags: ['client'], archived: true },
      ],
      interactions: [
        { kind: 'call', personIds: ['client'], date: day('2026-10-20') }, // 40 days, cadence 30
        { kind: 'call', personIds: ['friend'], date: day('2026-11-01') }, // 28 days, cadence 10
        { kind: 'call', personIds: ['fresh'], date: day('2026-11-20') },
        { kind: 'call', personIds: ['planned'], date: day('2026-09-01') },
        { kind: 'call', personIds: ['gone'], date: day('2026-09-01') },
      ],
    })
    journal.settings.cadenceByTag = { client: 30 }
    journal.followUps = [followUp('f', '2026-12-01T09:00:00.000Z', { personId: 'planned' })]
    const { total, suggestions } = suggestedFollowUps(journal, now)
    // Planned Pat is still going cold (the same count as the review and People), with the follow-up said.
    expect(total).toBe(3)
    expect(suggestions.map((s) => [s.person.name, s.daysOverdue, s.planned?.followUpId])).toEqual([
      ['Planned Pat', 59, 'f'],
      ['Frankie', 18, undefined],
      ['Casey Client', 10, undefined],
    ])
    expect(suggestions[2]!.note).toBe('Keep in touch with Casey Client: last contact 40 days ago')
  })

  it('a logged conversation moves the date: the person is no longer suggested', () => {
    const journal = journalWith(now, {
      people: [{ id: 'p0', name: 'Dana', cadenceDays: 14 }],
      interactions: [{ kind: 'coffee', personIds: ['p0'], date: day('2026-10-01') }],
    })
    expect(suggestedFollowUps(journal, now).suggestions).toHaveLength(1)
    journal.interactions.push({ ...journal.interactions[0]!, id: 'i-new', kind: 'email', date: day('2026-11-28') })
    expect(suggestedFollowUps(journal, now)).toEqual({ total: 0, suggestions: [] })
  })
})
