import type { FollowUp, Journal } from '../../../../shared/domain'
import {
  FOLLOW_UPS_ROUTE,
  REVIEW_ROUTE,
  dueFollowUps,
  effectiveDue,
  localOffset,
  nextFollowUpDue,
  personRoute,
  type UtcOffset,
} from '../../../../shared/derive/followUps'
import { nextWeeklyReview, quietHoursEnd, weeklyReviewDue } from './reminderTimes'
import { personLabeller } from '../../../../shared/derive/namesakes'

/** What the user is told. `to` is the route a click opens. */
export type Reminder =
  | { kind: 'follow-up'; followUpId: string; personId?: string; title: string; body: string; to: string }
  | { kind: 'summary'; followUpIds: string[]; title: string; body: string; to: string }
  | { kind: 'weekly-review'; title: string; body: string; to: string }

export type TimerHandle = unknown

export type SchedulerDeps = {
  /** The journal as it is now (the store's in-memory copy). */
  read: () => Pick<Journal, 'followUps' | 'people' | 'events' | 'settings'>
  now: () => Date
  setTimer: (run: () => void, ms: number) => TimerHandle
  clearTimer: (timer: TimerHandle) => void
  notify: (reminders: Reminder[]) => void
  /** Persists `notifiedAt` so a restart does not notify again. */
  markNotified: (followUpIds: string[], at: Date) => Promise<void>
  /** Persists the weekly review reminder; without it there is no weekly review reminder. */
  markReviewReminded?: (at: Date) => Promise<void>
  offset?: UtcOffset
  /** More follow-ups than this due at once arrive as one summary. */
  summaryAbove?: number
  /**
   * The longest single wait. Node cannot wait longer than 2^31-1 ms at all; a shorter
   * cap (an hour) also bounds how late a reminder can be after a wall-clock change
   * that no OS event reports.
   */
  maxWaitMs?: number
  /** A timer firing this far from its planned wall-clock time means the clock jumped (or the machine slept). */
  jumpToleranceMs?: number
  onClockJump?: (driftMs: number) => void
  onError?: (error: unknown) => void
}

export type Scheduler = {
  /** Notifies whatever is due now, then plans the next wake. Call on start-up, resume, unlock and journal changes. */
  check(): Promise<void>
  stop(): void
  /** Resolves once no check is running (tests and shutdown wait on it). */
  idle(): Promise<void>
  /** When the current timer is meant to fire (wall clock), if one is set. */
  readonly plannedWake: Date | undefined
}

/** Node's setTimeout limit: a longer delay fires immediately (with a warning). */
export const MAX_TIMER_MS = 2 ** 31 - 1
const HOUR = 3_600_000

/**
 * The reminder scheduler: stores nothing but absolute due times (in the journal),
 * wakes at the next one, and on every wake compares with the clock rather than
 * trusting the timer, so sleep, clock changes and restarts end in "late, once".
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const offset = deps.offset ?? localOffset
  const summaryAbove = deps.summaryAbove ?? 3
  const maxWait = Math.min(deps.maxWaitMs ?? HOUR, MAX_TIMER_MS)
  const tolerance = deps.jumpToleranceMs ?? 2 * 60_000
  const onError = deps.onError ?? ((error: unknown) => console.error('Kith reminders:', error))

  let timer: TimerHandle | undefined
  let plannedWake: Date | undefined
  let stopped = false
  let running: Promise<void> | undefined
  let again = false
  // Guards against a second notification in this run even if saving notifiedAt failed.
  const shown = new Set<string>()
  let reviewShownFor = -Infinity

  async function runOnce() {
    const at = deps.now()
    const journal = deps.read()
    const quietUntil = quietHoursEnd(at, journal.settings.quietHours, offset)
    if (!quietUntil) {
      const due = dueFollowUps(journal, at).filter((f) => !shown.has(shownKey(f)))
      const review = deps.markReviewReminded ? weeklyReviewDue(at, journal.settings, offset) : undefined
      const reviewNow = review && review.getTime() > reviewShownFor ? review : undefined
      const reminders = followUpReminders(due, journal, summaryAbove)
      if (reviewNow) reminders.push(weeklyReviewReminder())
      if (reminders.length) {
        for (const f of due) shown.add(shownKey(f))
        if (reviewNow) reviewShownFor = reviewNow.getTime()
        // Notify first, then save: a crash in between repeats a reminder rather than losing it.
        try {
          deps.notify(reminders)
        } catch (error) {
          onError(error)
        }
        if (due.length)
          await deps
            .markNotified(
              due.map((f) => f.id),
              at,
            )
            .catch(onError)
        if (reviewNow) await deps.markReviewReminded?.(at).catch(onError)
      }
    }
    if (!stopped) plan(at, deps.read(), quietUntil)
  }

  function plan(at: Date, journal: ReturnType<SchedulerDeps['read']>, quietUntil: Date | undefined) {
    const candidates = [nextFollowUpDue(journal, at), quietUntil]
    if (deps.markReviewReminded && journal.settings.weeklyReview.enabled) candidates.push(nextWeeklyReview(at, journal.settings.weeklyReview, offset))
    const wake = Math.min(...candidates.filter((d): d is Date => d !== undefined).map((d) => d.getTime()))
    const delay = Math.max(0, Math.min(wake - at.getTime(), maxWait))
    if (timer !== undefined) deps.clearTimer(timer)
    const expected = at.getTime() + delay
    plannedWake = new Date(expected)
    timer = deps.setTimer(() => {
      timer = undefined
      plannedWake = undefined
      const drift = deps.now().getTime() - expected
      if (Math.abs(drift) > tolerance) deps.onClockJump?.(drift)
      void check()
    }, delay)
  }

  function check(): Promise<void> {
    if (stopped) return Promise.resolve()
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          await runOnce()
        } while (again && !stopped)
      } catch (error) {
        onError(error)
      } finally {
        running = undefined
      }
    })()
    return running
  }

  return {
    check,
    idle: () => running ?? Promise.resolve(),
    stop() {
      stopped = true
      if (timer !== undefined) deps.clearTimer(timer)
      timer = undefined
      plannedWake = undefined
    },
    get plannedWake() {
      return plannedWake
    },
  }
}

/** A snooze or a new due time is a new reminder, so the guard is per due time. */
const shownKey = (f: FollowUp) => `${f.id}@${effectiveDue(f)}`

function followUpReminders(due: FollowUp[], journal: ReturnType<SchedulerDeps['read']>, summaryAbove: number): Reminder[] {
  if (due.length === 0) return []
  const people = new Map(journal.people.map((p) => [p.id, p]))
  const events = new Map(journal.events.map((e) => [e.id, e]))
  // A reminder names the person alone, so a namesake gets their company (or where you met).
  const label = personLabeller(journal.people, events)
  const person = (f: FollowUp) => (f.personId ? people.get(f.personId) : undefined)
  const titleOf = (f: FollowUp) => {
    const who = person(f)
    if (who) return label(who)
    return f.eventId && events.has(f.eventId) ? `Follow up: ${events.get(f.eventId)!.title}` : 'Follow-up'
  }
  if (due.length > summaryAbove) {
    const names = [...new Set(due.map(titleOf))]
    const shownNames = names.slice(0, 3).join(', ')
    const rest = due.length - Math.min(3, names.length)
    return [
      {
        kind: 'summary',
        followUpIds: due.map((f) => f.id),
        title: `${due.length} follow-ups are due`,
        body: rest > 0 ? `${shownNames} and ${rest} more` : shownNames,
        to: FOLLOW_UPS_ROUTE,
      },
    ]
  }
  return due.map((f) => ({
    kind: 'follow-up',
    followUpId: f.id,
    personId: f.personId,
    title: titleOf(f),
    body: f.note.trim() || 'Time to follow up.',
    to: f.personId && people.has(f.personId) ? personRoute(f.personId) : FOLLOW_UPS_ROUTE,
  }))
}

function weeklyReviewReminder(): Reminder {
  return { kind: 'weekly-review', title: 'Time for your weekly review', body: 'Look back at the week and plan who to follow up with.', to: REVIEW_ROUTE }
}
