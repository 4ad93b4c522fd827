import type { FollowUp, Journal, Person } from '../domain'
import { instantKey } from './instants'
import { relationships, type Relationship } from './relationships'
import { addDays, localDateOf, startOfLocalDay as startOfZonedDay, weekBounds, type Weekday, type WeekOptions } from './review/calendar'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * Minutes east of UTC at a given instant (Paris in winter: 60). A function, not a
 * number, so a day boundary across a daylight-saving change still lands on local midnight.
 * The default is the machine's own zone; tests pass a fixed one.
 */
export type UtcOffset = (at: Date) => number
export const localOffset: UtcOffset = (at) => -at.getTimezoneOffset()
export const fixedOffset =
  (minutes: number): UtcOffset =>
  () =>
    minutes

/** The local calendar fields of an instant (month 0-11, weekday 0 = Sunday). */
export function localFields(at: Date, offset: UtcOffset = localOffset) {
  const shifted = new Date(at.getTime() + offset(at) * MINUTE)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  }
}

/** The instant at a local wall-clock time; day overflow (32 Jan) rolls over like Date.UTC. */
export function atLocalTime(year: number, month: number, day: number, minutes: number, offset: UtcOffset = localOffset): Date {
  const wall = Date.UTC(year, month, day) + minutes * MINUTE
  // The offset depends on the instant we are looking for: guess, then correct once.
  const guess = wall - offset(new Date(wall)) * MINUTE
  return new Date(wall - offset(new Date(guess)) * MINUTE)
}

export function startOfLocalDay(at: Date, offset: UtcOffset = localOffset, plusDays = 0): Date {
  const f = localFields(at, offset)
  return atLocalTime(f.year, f.month, f.day + plusDays, 0, offset)
}

/** "08:30" → 510. */
export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/** When a follow-up is really due: a snooze moves it. */
export function effectiveDue(followUp: FollowUp): string {
  return followUp.snoozedUntil ?? followUp.dueAt
}
export const effectiveDueMs = (followUp: FollowUp): number => Date.parse(effectiveDue(followUp))

/**
 * The follow-ups that pass `keep`, soonest first; each due time is parsed once, not once per comparison
 * (thousands of follow-ups). A for-of loop, not `filter`: the store's lists are frozen, and V8's `filter`
 * over a frozen array is several times slower (10,000 follow-ups: about 0.3 ms more per call).
 */
function byDue(followUps: readonly FollowUp[], keep: (f: FollowUp) => boolean, dueBy?: number): FollowUp[] {
  const keyed: { due: number; f: FollowUp }[] = []
  for (const f of followUps) {
    if (!keep(f)) continue
    const due = effectiveDueMs(f)
    if (dueBy === undefined || due <= dueBy) keyed.push({ due, f })
  }
  keyed.sort((a, b) => a.due - b.due)
  return keyed.map((k) => k.f)
}

/** Follow-ups that should notify now: pending, due (or snoozed until) by `now`, and not yet notified. Soonest first. */
export function dueFollowUps(journal: Pick<Journal, 'followUps'>, now: Date): FollowUp[] {
  return byDue(journal.followUps, (f) => f.status === 'pending' && !f.notifiedAt, now.getTime())
}

/** The soonest time after `now` at which a follow-up still waiting to notify falls due. */
export function nextFollowUpDue(journal: Pick<Journal, 'followUps'>, now: Date): Date | undefined {
  const t = now.getTime()
  let next = Infinity
  for (const f of journal.followUps) {
    if (f.status !== 'pending' || f.notifiedAt) continue
    const due = effectiveDueMs(f)
    if (due > t && due < next) next = due
  }
  return next === Infinity ? undefined : new Date(next)
}

/** Pending follow-ups whose time has come, whether or not they were notified (the tray's count). */
export function overdueOrDue(journal: Pick<Journal, 'followUps'>, now: Date): FollowUp[] {
  return byDue(journal.followUps, isPending, now.getTime())
}

const isPending = (f: FollowUp) => f.status === 'pending'
/** The user's locale order, as `localeCompare` gives it, from one collator instead of one per comparison. */
const byName = new Intl.Collator()

const soonestByList = new WeakMap<readonly FollowUp[], ReadonlyMap<string, FollowUp>>()

/**
 * Each person's soonest pending follow-up (a snooze moves it; the first in the journal among equally
 * soon ones, as a stable sort would pick): one pass, not a sort of every pending follow-up. A frozen
 * list (the store's) never changes, and most changes leave it as it was: its answer is kept.
 */
export function soonestPendingByPerson(followUps: readonly FollowUp[]): ReadonlyMap<string, FollowUp> {
  const frozen = Object.isFrozen(followUps)
  const known = frozen ? soonestByList.get(followUps) : undefined
  if (known) return known
  const soonest = new Map<string, FollowUp>()
  const keys = new Map<string, string>()
  for (const f of followUps) {
    if (f.status !== 'pending' || !f.personId) continue
    const key = instantKey(effectiveDue(f))
    const seen = keys.get(f.personId)
    if (seen === undefined || key < seen) {
      soonest.set(f.personId, f)
      keys.set(f.personId, key)
    }
  }
  if (frozen) soonestByList.set(followUps, soonest)
  return soonest
}

/** Pending follow-ups, soonest first (due ones come first because they are earliest). */
export function pendingFollowUps(journal: Pick<Journal, 'followUps'>): FollowUp[] {
  return byDue(journal.followUps, isPending)
}

export const FOLLOW_UP_GROUPS = ['overdue', 'today', 'this week', 'later'] as const
export type FollowUpGroup = (typeof FOLLOW_UP_GROUPS)[number]

/**
 * Pending follow-ups for the list page, each group soonest first. Overdue: before today;
 * today: the rest of today, including what is due earlier today; this week: the rest of
 * the week the weekly review calls "this week" (the user's zone and first weekday), so
 * both pages end the week on the same day; later: after that.
 */
export function groupFollowUps(followUps: FollowUp[], now: Date, week: WeekOptions): Record<FollowUpGroup, FollowUp[]> {
  const todayDate = localDateOf(now, week.timeZone)
  const today = startOfZonedDay(todayDate, week.timeZone)
  const tomorrow = startOfZonedDay(addDays(todayDate, 1), week.timeZone)
  const weekEnd = Date.parse(weekBounds(now, week).end)
  const groups: Record<FollowUpGroup, FollowUp[]> = { overdue: [], today: [], 'this week': [], later: [] }
  for (const followUp of byDue(followUps, isPending)) {
    const due = effectiveDueMs(followUp)
    if (due < today) groups.overdue.push(followUp)
    else if (due < tomorrow) groups.today.push(followUp)
    else if (due < weekEnd) groups['this week'].push(followUp)
    else groups.later.push(followUp)
  }
  return groups
}

export type SnoozeChoice = { key: 'hour' | 'tomorrow' | 'next-week'; label: string; until: Date }

/**
 * The snooze choices offered everywhere (tray, list page): an hour, tomorrow morning, and the
 * morning of next week's first day, the week the weekly review uses (`weekStartsOn`).
 */
export function snoozeChoices(now: Date, weekStartsOn: Weekday, offset: UtcOffset = localOffset, morning = '09:00'): SnoozeChoice[] {
  const f = localFields(now, offset)
  const daysToNextWeek = (weekStartsOn - f.weekday + 7) % 7 || 7
  return [
    { key: 'hour', label: 'Snooze an hour', until: new Date(now.getTime() + HOUR) },
    { key: 'tomorrow', label: 'Snooze until tomorrow morning', until: atLocalTime(f.year, f.month, f.day + 1, clockMinutes(morning), offset) },
    { key: 'next-week', label: 'Snooze until next week', until: atLocalTime(f.year, f.month, f.day + daysToNextWeek, clockMinutes(morning), offset) },
  ]
}

export type SuggestedFollowUp = {
  person: Person
  relationship: Relationship
  /** Days past the person's keep-in-touch cadence. */
  daysOverdue: number
  note: string
  /** The pending follow-up already planned with them, if any: they are still going cold until it happens. */
  planned?: { followUpId: string; dueAt: string }
}

/**
 * Keep in touch: everyone going cold (`Relationship.goingCold`, the one definition the
 * review and People use too), the longest-neglected first, each with the follow-up
 * already planned if there is one. `total` counts them all; `suggestions` stops at `limit`.
 */
export function suggestedFollowUps(
  journal: Journal,
  now: Date,
  limit = Infinity,
  rels: Map<string, Relationship> = relationships(journal, now),
): { total: number; suggestions: SuggestedFollowUp[] } {
  const byId = new Map<string, Person>()
  for (const p of journal.people) byId.set(p.id, p)
  // Thousands go cold in a large journal and only `limit` are shown: rank light entries, then build those shown.
  const cold: { person: Person; relationship: Relationship; daysOverdue: number }[] = []
  for (const relationship of rels.values()) {
    const person = byId.get(relationship.personId)
    if (!person || !relationship.goingCold) continue
    cold.push({ person, relationship, daysOverdue: relationship.daysSinceContact - relationship.cadenceDays })
  }
  cold.sort((a, b) => b.daysOverdue - a.daysOverdue || byName.compare(a.person.name, b.person.name))
  const shown = cold.slice(0, limit)
  const planned = soonestPendingByPerson(journal.followUps)
  const suggestions = shown.map(({ person, relationship, daysOverdue }): SuggestedFollowUp => {
    const suggestion: SuggestedFollowUp = {
      person,
      relationship,
      daysOverdue,
      note: `Keep in touch with ${person.name}: last contact ${relationship.daysSinceContact} days ago`,
    }
    const next = planned.get(person.id)
    if (next) suggestion.planned = { followUpId: next.id, dueAt: effectiveDue(next) }
    return suggestion
  })
  return { total: cold.length, suggestions }
}

/** The renderer route of a person, as pushed in a `navigate` event. */
export const personRoute = (personId: string) => `#/people/${personId}`
export const FOLLOW_UPS_ROUTE = '#/followups'
export const REVIEW_ROUTE = '#/review'
