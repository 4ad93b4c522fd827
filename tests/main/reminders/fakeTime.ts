import { emptyJournal, type FollowUp, type Journal, type Person } from '../../../shared/domain'
import { MAX_TIMER_MS } from '../../../electron/main/journal/reminders/scheduler'
import { personWith } from '../../support/journalBuilder'

type FakeTimer = { run: () => void; at: number }

/**
 * A wall clock and a monotonic clock that the test moves by hand. Timers run on the
 * monotonic one, like Node's: changing the wall clock or sleeping does not fire them.
 */
export function fakeTime(startIso: string) {
  let wall = Date.parse(startIso)
  let mono = 0
  let nextId = 1
  const timers = new Map<number, FakeTimer>()
  const delays: number[] = []
  let settle: () => Promise<void> = async () => {}

  const time = {
    now: () => new Date(wall),
    setTimer: (run: () => void, ms: number) => {
      if (ms > MAX_TIMER_MS) throw new Error(`A timer of ${ms} ms is longer than Node allows (it would fire at once).`)
      delays.push(ms)
      const id = nextId++
      timers.set(id, { run, at: mono + ms })
      return id
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    /** Lets each fired timer's work (saves included) finish before the next one. */
    settleWith(fn: () => Promise<void>) {
      settle = fn
    },
    /** Time passes normally: both clocks move and due timers fire in order. */
    async advance(ms: number) {
      const end = mono + ms
      for (;;) {
        const [id, next] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? []
        if (id === undefined || !next || next.at > end) break
        wall += next.at - mono
        mono = next.at
        timers.delete(id)
        next.run()
        await settle()
      }
      wall += end - mono
      mono = end
    },
    async advanceTo(iso: string) {
      await time.advance(Date.parse(iso) - wall)
    },
    /** The user (or NTP) sets the clock: timers do not notice. */
    setWallClock(iso: string) {
      wall = Date.parse(iso)
    },
    /** The machine sleeps: the wall clock moves on, timers stand still. */
    sleep(ms: number) {
      wall += ms
    },
    delays,
    pendingTimers: () => timers.size,
  }
  return time
}

/** A journal store in memory with the JournalStore shape the reminders use. */
export function memoryStore(journal: Journal) {
  const listeners = new Set<() => void>()
  return {
    journal,
    onChange(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    async mutate<T>(change: (j: Journal) => T): Promise<T> {
      const result = change(journal)
      for (const listener of listeners) listener()
      return result
    },
  }
}

const at = '2026-11-01T00:00:00.000Z'

export function person(id: string, name: string): Person {
  return personWith({ id, name }, at)
}

export function followUp(id: string, dueAt: string, fields: Partial<FollowUp> = {}): FollowUp {
  return { id, createdAt: at, updatedAt: at, dueAt, personId: 'dana', note: `Note ${id}`, status: 'pending', ...fields }
}

/** A journal with Dana and the given follow-ups; no weekly review unless asked, quiet hours off. */
export function journalWithFollowUps(followUps: FollowUp[], people: Person[] = [person('dana', 'Dana Reyes')]): Journal {
  const journal = emptyJournal(new Date(at))
  journal.people = people
  journal.followUps = followUps
  journal.settings.weeklyReview.enabled = false
  return journal
}
