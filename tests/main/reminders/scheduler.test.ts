/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { fixedOffset } from '../../../shared/derive/followUps'
import type { Journal } from '../../../shared/domain'
import { MAX_TIMER_MS, type Reminder } from '../../../electron/main/journal/reminders/scheduler'
import { startReminders, type PowerEvents } from '../../../electron/main/journal/reminders/startReminders'
import { fakeTime, followUp, journalWithFollowUps, memoryStore, person } from './fakeTime'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Reminders over an in-memory journal, a fake clock and fake timers, in UTC. */
function setUp(journal: Journal, startIso: string, options: { maxWaitMs?: number } = {}) {
  const time = fakeTime(startIso)
  const store = memoryStore(journal)
  const shown: { at: string; reminders: Reminder[] }[] = []
  const power = new Map<string, () => void>()
  const powerMonitor: PowerEvents = { on: (event, listener) => power.set(event, listener) }
  const running = startReminders({
    store,
    notify: (reminders) => shown.push({ at: time.now().toISOString(), reminders }),
    now: time.now,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
    powerMonitor,
    offset: fixedOffset(0),
    maxWaitMs: options.maxWaitMs,
  })
  time.settleWith(() => running.scheduler.idle())
  const titles = () => shown.flatMap((s) => s.reminders.map((r) => `${s.at} ${r.title}: ${r.body}`))
  return { time, store, shown, titles, running, power, settle: () => running.scheduler.idle() }
}

describe('the reminder scheduler', () => {
  it('wakes at the due time, not before, and notifies with the person and the note', async () => {
    const { time, titles, settle } = setUp(
      journalWithFollowUps([followUp('f1', '2026-11-30T10:00:00.000Z', { note: 'Send the Ohio article' })]),
      '2026-11-30T09:00:00.000Z',
    )
    await settle()
    await time.advanceTo('2026-11-30T09:59:59.000Z')
    expect(titles()).toEqual([])
    await time.advanceTo('2026-11-30T10:00:00.000Z')
    expect(titles()).toEqual(['2026-11-30T10:00:00.000Z Dana Reyes: Send the Ohio article'])
    await time.advance(3 * DAY)
    expect(titles()).toHaveLength(1)
  })

  it('notifies a follow-up that fell due while Kith was closed at start-up, late rather than never', async () => {
    const { shown, store, settle } = setUp(journalWithFollowUps([followUp('f1', '2026-11-20T10:00:00.000Z')]), '2026-11-30T09:00:00.000Z')
    await settle()
    expect(shown).toHaveLength(1)
    expect(store.journal.followUps[0]!.notifiedAt).toBe('2026-11-30T09:00:00.000Z')
  })

  it('after sleeping through a due time, notifies on resume, once', async () => {
    const { time, titles, power, settle } = setUp(journalWithFollowUps([followUp('f1', '2026-11-30T10:00:00.000Z')]), '2026-11-30T09:30:00.000Z')
    await settle()
    time.sleep(5 * HOUR)
    expect(titles()).toEqual([])
    power.get('resume')!()
    await settle()
    expect(titles()).toEqual(['2026-11-30T14:30:00.000Z Dana Reyes: Note f1'])
    // The timer planned before the sleep still fires later: it must not notify again.
    await time.advance(2 * HOUR)
    power.get('unlock-screen')!()
    await settle()
    expect(titles()).toHaveLength(1)
  })

  it('when the clock is moved forward past a due time, notifies at the next wake, with no OS event', async () => {
    const { time, titles, settle } = setUp(journalWithFollowUps([followUp('f1', '2026-12-05T12:00:00.000Z')]), '2026-11-30T09:00:00.000Z')
    await settle()
    time.setWallClock('2026-12-06T08:00:00.000Z')
    await time.advance(HOUR)
    expect(titles()).toEqual(['2026-12-06T09:00:00.000Z Dana Reyes: Note f1'])
  })

  it('when the clock is moved back, waits for the real due time and never repeats a notified one', async () => {
    const { time, titles, settle } = setUp(
      journalWithFollowUps([followUp('f1', '2026-11-30T10:00:00.000Z'), followUp('f2', '2026-11-30T11:00:00.000Z', { note: 'Second' })]),
      '2026-11-30T09:59:00.000Z',
    )
    await settle()
    time.setWallClock('2026-11-30T07:59:00.000Z')
    await time.advance(HOUR)
    expect(titles()).toEqual([])
    await time.advanceTo('2026-11-30T10:00:00.000Z')
    expect(titles()).toEqual(['2026-11-30T10:00:00.000Z Dana Reyes: Note f1'])
    // Back again, before f1's time: f1 stays notified; f2 still comes at 11:00.
    time.setWallClock('2026-11-30T09:00:00.000Z')
    await time.advanceTo('2026-11-30T11:00:00.000Z')
    expect(titles()).toEqual(['2026-11-30T10:00:00.000Z Dana Reyes: Note f1', '2026-11-30T11:00:00.000Z Dana Reyes: Second'])
  })

  it('a follow-up 40 days away fires at its time without any timer longer than Node allows', async () => {
    const due = new Date(Date.parse('2026-11-30T09:00:00.000Z') + 40 * DAY).toISOString()
    // Uncapped except by Node's own limit: the longest wait is exactly 2^31-1 ms, then a re-plan.
    const uncapped = setUp(journalWithFollowUps([followUp('f1', due)]), '2026-11-30T09:00:00.000Z', { maxWaitMs: Infinity })
    await uncapped.settle()
    expect(uncapped.time.delays).toEqual([MAX_TIMER_MS])
    await uncapped.time.advance(40 * DAY + HOUR)
    expect(uncapped.titles()).toEqual([`${due} Dana Reyes: Note f1`])
    expect(Math.max(...uncapped.time.delays)).toBe(MAX_TIMER_MS)
    // With the default hourly cap it fires at the same moment.
    const hourly = setUp(journalWithFollowUps([followUp('f1', due)]), '2026-11-30T09:00:00.000Z')
    await hourly.settle()
    await hourly.time.advance(40 * DAY + HOUR)
    expect(hourly.titles()).toEqual([`${due} Dana Reyes: Note f1`])
    expect(Math.max(...hourly.time.delays)).toBeLessThanOrEqual(HOUR)
  })

  it('a snooze clears the notification so it notifies again at the new time, once', async () => {
    const { time, store, titles, settle } = setUp(journalWithFollowUps([followUp('f1', '2026-11-30T10:00:00.000Z')]), '2026-11-30T10:00:00.000Z')
    await settle()
    expect(titles()).toHaveLength(1)
    // What followups:snooze does to the record (tested against the service elsewhere).
    await store.mutate((j) => {
      const f = j.followUps[0]!
      delete f.notifiedAt
      f.snoozedUntil = '2026-11-30T11:00:00.000Z'
    })
    await settle()
    await time.advanceTo('2026-11-30T10:59:00.000Z')
    expect(titles()).toHaveLength(1)
    await time.advanceTo('2026-11-30T12:00:00.000Z')
    expect(titles()).toEqual(['2026-11-30T10:00:00.000Z Dana Reyes: Note f1', '2026-11-30T11:00:00.000Z Dana Reyes: Note f1'])
  })

  it('re-plans when a follow-up is added: a new earlier one fires at its time', async () => {
    const { time, store, titles, settle } = setUp(journalWithFollowUps([followUp('late', '2026-12-30T10:00:00.000Z')]), '2026-11-30T09:00:00.000Z', {
      maxWaitMs: Infinity,
    })
    await settle()
    await store.mutate((j) => j.followUps.push(followUp('soon', '2026-11-30T09:05:00.000Z', { note: 'Call back' })))
    await settle()
    await time.advance(5 * 60_000)
    expect(titles()).toEqual(['2026-11-30T09:05:00.000Z Dana Reyes: Call back'])
  })

  it('500 due at once arrive as one summary notification, and all count as notified', async () => {
    const people = Array.from({ length: 500 }, (_, i) => person(`p${i}`, `Person ${i}`))
    const followUps = people.map((p, i) => followUp(`f${i}`, '2026-11-29T10:00:00.000Z', { personId: p.id }))
    const { shown, store, settle } = setUp(journalWithFollowUps(followUps, people), '2026-11-30T09:00:00.000Z')
    await settle()
    expect(shown).toHaveLength(1)
    expect(shown[0]!.reminders).toEqual([
      expect.objectContaining({ kind: 'summary', title: '500 follow-ups are due', body: 'Person 0, Person 1, Person 2 and 497 more', to: '#/followups' }),
    ])
    expect(store.journal.followUps.every((f) => f.notifiedAt === '2026-11-30T09:00:00.000Z')).toBe(true)
  })

  it('three due at once still arrive one by one', async () => {
    const { shown, settle } = setUp(journalWithFollowUps(['a', 'b', 'c'].map((id) => followUp(id, '2026-11-29T10:00:00.000Z'))), '2026-11-30T09:00:00.000Z')
    await settle()
    expect(shown[0]!.reminders.map((r) => r.kind)).toEqual(['follow-up', 'follow-up', 'follow-up'])
  })
})

describe('quiet hours', () => {
  function quiet(journal: Journal, start: string, end: string) {
    journal.settings.quietHours = { enabled: true, start, end }
    return journal
  }

  it('hold a reminder due at night (across midnight) until they end in the morning', async () => {
    const journal = quiet(journalWithFollowUps([followUp('f1', '2026-11-30T22:30:00.000Z')]), '21:00', '08:00')
    const { time, titles, settle } = setUp(journal, '2026-11-30T20:00:00.000Z')
    await settle()
    await time.advanceTo('2026-12-01T07:59:00.000Z')
    expect(titles()).toEqual([])
    await time.advanceTo('2026-12-01T08:00:00.000Z')
    expect(titles()).toEqual(['2026-12-01T08:00:00.000Z Dana Reyes: Note f1'])
  })

  it('hold reminders found at start-up after midnight, and in a daytime window', async () => {
    const night = setUp(quiet(journalWithFollowUps([followUp('f1', '2026-11-29T10:00:00.000Z')]), '21:00', '08:00'), '2026-12-01T02:00:00.000Z')
    await night.settle()
    expect(night.titles()).toEqual([])
    await night.time.advanceTo('2026-12-01T09:00:00.000Z')
    expect(night.titles()).toEqual(['2026-12-01T08:00:00.000Z Dana Reyes: Note f1'])

    const lunch = setUp(quiet(journalWithFollowUps([followUp('f1', '2026-11-30T12:15:00.000Z')]), '12:00', '13:00'), '2026-11-30T11:00:00.000Z')
    await lunch.time.advanceTo('2026-11-30T14:00:00.000Z')
    expect(lunch.titles()).toEqual(['2026-11-30T13:00:00.000Z Dana Reyes: Note f1'])
  })

  it('respect the local time zone, not UTC', async () => {
    const journal = quiet(journalWithFollowUps([followUp('f1', '2026-11-30T20:30:00.000Z')]), '21:00', '08:00')
    const time = fakeTime('2026-11-30T20:00:00.000Z')
    const shown: string[] = []
    const running = startReminders({
      store: memoryStore(journal),
      notify: () => shown.push(time.now().toISOString()),
      now: time.now,
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
      offset: fixedOffset(60), // 20:30 UTC is 21:30 in Paris: quiet
    })
    time.settleWith(() => running.scheduler.idle())
    await time.advanceTo('2026-12-01T09:00:00.000Z')
    expect(shown).toEqual(['2026-12-01T07:00:00.000Z']) // 08:00 in Paris
  })
})

describe('the weekly review reminder', () => {
  function withReview(journal: Journal) {
    journal.settings.weeklyReview = { enabled: true, weekday: 5, time: '16:00' } // Fridays 16:00
    return journal
  }

  it('notifies once at the chosen day and time, again the next week, and not after a restart', async () => {
    const journal = withReview(journalWithFollowUps([]))
    // 2026-12-03 is a Thursday.
    const first = setUp(journal, '2026-12-03T12:00:00.000Z')
    await first.time.advanceTo('2026-12-04T15:59:00.000Z')
    expect(first.titles()).toEqual([])
    await first.time.advanceTo('2026-12-04T18:00:00.000Z')
    expect(first.titles()).toEqual(['2026-12-04T16:00:00.000Z Time for your weekly review: Look back at the week and plan who to follow up with.'])
    expect(journal.settings.weeklyReviewRemindedAt).toBe('2026-12-04T16:00:00.000Z')
    first.running.stop()

    const restarted = setUp(journal, '2026-12-04T18:00:00.000Z')
    await restarted.settle()
    expect(restarted.titles()).toEqual([])
    await restarted.time.advanceTo('2026-12-11T16:00:00.000Z')
    expect(restarted.titles()).toEqual(['2026-12-11T16:00:00.000Z Time for your weekly review: Look back at the week and plan who to follow up with.'])
  })

  it('is skipped when Kith was not running for more than a day after the time', async () => {
    const { shown, settle } = setUp(withReview(journalWithFollowUps([])), '2026-12-06T12:00:00.000Z')
    await settle()
    expect(shown).toEqual([])
  })
})
