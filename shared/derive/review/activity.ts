import type { FollowUp, Journal, Person } from '../../domain'
import type { Relationship } from '../relationships'
import { instantKey } from '../instants'
import { startOfLocalDay, type Week } from './calendar'

const DAY = 86_400_000

/** The figures of "the week in numbers", in the order the review shows them. */
export const FIGURES = [
  { key: 'peopleMet', label: 'People met', unit: 'count' },
  { key: 'conversations', label: 'Conversations', unit: 'count' },
  { key: 'oneToOnes', label: 'One-to-ones', unit: 'count' },
  { key: 'followUpsDone', label: 'Follow-ups done', unit: 'count' },
  { key: 'followUpsMissed', label: 'Follow-ups missed', unit: 'count' },
  { key: 'referralsGiven', label: 'Referrals given', unit: 'count' },
  { key: 'referralsReceived', label: 'Referrals received', unit: 'count' },
  { key: 'closedValueReceived', label: 'Closed business from referrals received', unit: 'money' },
  { key: 'closedValueGiven', label: 'Closed business from referrals given', unit: 'money' },
] as const

export type FigureKey = (typeof FIGURES)[number]['key']
export type WeekFigures = Record<FigureKey, number>

export const noFigures = (): WeekFigures => ({
  peopleMet: 0,
  conversations: 0,
  oneToOnes: 0,
  followUpsDone: 0,
  followUpsMissed: 0,
  referralsGiven: 0,
  referralsReceived: 0,
  closedValueReceived: 0,
  closedValueGiven: 0,
})

/**
 * When a follow-up is really due: a snooze moves it later, never earlier. Follow-ups
 * count in the week they are (effectively) due, done or not: the journal keeps no
 * "done at", and a follow-up done early still answers that week's promise.
 */
export function effectiveDue(followUp: FollowUp): number {
  const due = Date.parse(followUp.dueAt)
  return followUp.snoozedUntil ? Math.max(due, Date.parse(followUp.snoozedUntil)) : due
}

/**
 * The instant a person was first met, or undefined when the journal does not know it: with
 * no "met on" day and no conversation, `relationshipOf` falls back to when the record was
 * made, and an imported contact was not met the week it was imported. A "how we met"
 * calendar date is read as the start of that day in the user's zone, so someone met on
 * Sunday in New York is not counted in the week before.
 */
export function firstMetInstant(person: Person, relationship: Relationship, timeZone: string): number | undefined {
  const date = person.howWeMet.date
  if (date && relationship.firstMet === `${date}T00:00:00.000Z`) return startOfLocalDay(date, timeZone)
  if (!date && relationship.firstMet === person.createdAt) return undefined
  return Date.parse(relationship.firstMet)
}

/**
 * A cheap first test for a first meeting being in [start, end): its instant key, compared as
 * text, within two days of the span. A "how we met" date moves by the zone's offset (at most
 * 14 hours) when read as a local day, so nothing that passes the exact test fails this one.
 */
export function mayFirstMeetWithin(start: string, end: string): (relationship: Relationship) => boolean {
  const from = new Date(Date.parse(start) - 2 * DAY).toISOString()
  const until = new Date(Date.parse(end) + 2 * DAY).toISOString()
  return (relationship) => {
    const key = instantKey(relationship.firstMet)
    return key >= from && key < until
  }
}

/** Finds which of a sorted, contiguous run of weeks an instant falls in (-1: none). */
export function weekLocator(weeks: readonly Week[]): (ms: number) => number {
  const starts = weeks.map((w) => Date.parse(w.start))
  const end = weeks.length ? Date.parse(weeks[weeks.length - 1]!.end) : -Infinity
  return (ms) => {
    if (Number.isNaN(ms) || !weeks.length || ms < starts[0]! || ms >= end) return -1
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= ms) low = mid
      else high = mid - 1
    }
    return low
  }
}

export type ActivityContext = {
  now: Date
  timeZone: string
  relationships: Map<string, Relationship>
}

/**
 * The figures of each week of a contiguous run, in one pass over the journal.
 * - people met: people (not archived) first met that week;
 * - conversations: every interaction except private notes; one-to-ones: those of that kind;
 * - follow-ups done / missed: by the week they were due; missed = dismissed, or still
 *   pending once their due time has passed;
 * - referrals given / received: by the referral's date;
 * - closed business value: closed referrals, by when they were last updated (the journal
 *   keeps no "closed at"; `relationshipOf` dates the "closed" stage the same way).
 */
export function figuresByWeek(journal: Journal, weeks: readonly Week[], context: ActivityContext): WeekFigures[] {
  const result = weeks.map(noFigures)
  const locate = weekLocator(weeks)
  const count = (ms: number, key: FigureKey, amount = 1) => {
    const index = locate(ms)
    if (index >= 0) result[index]![key] += amount
  }
  // Ten years of records, a few weeks asked about: most records are ruled out by comparing
  // their instant keys as text with the run's bounds, and only the rest are parsed.
  const from = weeks.length ? instantKey(weeks[0]!.start) : ''
  const until = weeks.length ? instantKey(weeks[weeks.length - 1]!.end) : ''
  const inRun = (key: string) => key >= from && key < until
  const countAt = (iso: string, key: FigureKey, amount = 1) => {
    const instant = instantKey(iso)
    if (inRun(instant)) count(Date.parse(instant), key, amount)
  }
  const now = context.now.getTime()

  const mayCount = weeks.length ? mayFirstMeetWithin(weeks[0]!.start, weeks[weeks.length - 1]!.end) : () => false
  for (const person of journal.people) {
    const relationship = context.relationships.get(person.id)
    const met = !person.archived && relationship && mayCount(relationship) ? firstMetInstant(person, relationship, context.timeZone) : undefined
    if (met !== undefined) count(met, 'peopleMet')
  }
  for (const interaction of journal.interactions) {
    if (interaction.kind === 'note') continue
    countAt(interaction.date, 'conversations')
    if (interaction.kind === 'one-to-one') countAt(interaction.date, 'oneToOnes')
  }
  for (const followUp of journal.followUps) {
    const dueKey = instantKey(followUp.dueAt)
    const snoozedKey = followUp.snoozedUntil ? instantKey(followUp.snoozedUntil) : ''
    if (!inRun(snoozedKey > dueKey ? snoozedKey : dueKey)) continue
    const due = effectiveDue(followUp)
    if (followUp.status === 'done') count(due, 'followUpsDone')
    else if (followUp.status === 'dismissed' || due < now) count(due, 'followUpsMissed')
  }
  for (const referral of journal.referrals) {
    const given = referral.direction === 'given'
    countAt(referral.date, given ? 'referralsGiven' : 'referralsReceived')
    if (referral.status === 'closed' && referral.closedValue) {
      countAt(referral.updatedAt, given ? 'closedValueGiven' : 'closedValueReceived', referral.closedValue)
    }
  }
  return result
}
