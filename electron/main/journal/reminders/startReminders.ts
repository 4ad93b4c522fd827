import type { PushEvent } from '../../../../shared/api/channels'
import type { UtcOffset } from '../../../../shared/derive/followUps'
import type { ChangeSource, JournalStore } from '../journalStore'
import { markFollowUpsNotified, markWeeklyReviewReminded } from './remembered'
import { createScheduler, type Reminder, type Scheduler, type TimerHandle } from './scheduler'

/** Electron's powerMonitor, or anything else that says when the machine woke or was unlocked. */
export type PowerEvents = { on(event: 'resume' | 'unlock-screen', listener: () => void): unknown }

export type ReminderOptions = {
  store: Pick<JournalStore, 'journal' | 'mutate'> & ChangeSource & { readonly readOnly?: boolean }
  notify: (reminders: Reminder[]) => void
  now?: () => Date
  setTimer?: (run: () => void, ms: number) => TimerHandle
  clearTimer?: (timer: TimerHandle) => void
  powerMonitor?: PowerEvents
  offset?: UtcOffset
  maxWaitMs?: number
  onError?: (error: unknown) => void
}

export type RunningReminders = { scheduler: Scheduler; stop(): void }

/**
 * Starts the scheduler over the journal store: checks now (start-up), on every journal
 * change (re-plan), and on resume and unlock. No Electron here, so the browser bridge
 * runs the very same reminders with a `notify` that pushes events.
 */
export function startReminders(options: ReminderOptions): RunningReminders {
  const { store } = options
  const scheduler = createScheduler({
    read: () => store.journal,
    now: options.now ?? (() => new Date()),
    // Unref'd: a pending reminder alone never keeps a process (the bridge, a test) alive.
    setTimer: options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref()),
    clearTimer: options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
    notify: options.notify,
    // A journal from a newer Kith is never written: its reminders still show, remembered in memory only.
    markNotified: (ids, at) => (store.readOnly ? Promise.resolve() : markFollowUpsNotified(store, ids, at)),
    markReviewReminded: (at) => (store.readOnly ? Promise.resolve() : markWeeklyReviewReminded(store, at)),
    offset: options.offset,
    maxWaitMs: options.maxWaitMs,
    onError: options.onError,
    onClockJump: (drift) => console.info(`Kith reminders: the clock moved by ${Math.round(drift / 1000)} s; re-checking.`),
  })
  const unsubscribe = store.onChange(() => void scheduler.check())
  const recheck = () => void scheduler.check()
  options.powerMonitor?.on('resume', recheck)
  options.powerMonitor?.on('unlock-screen', recheck)
  void scheduler.check()
  return {
    scheduler,
    stop() {
      unsubscribe()
      scheduler.stop()
    },
  }
}

/** The push events a batch of reminders becomes: what the renderer shows as in-app notifications. */
export function reminderPushEvents(reminders: Reminder[]): PushEvent[] {
  return reminders.map((r) =>
    r.kind === 'follow-up'
      ? { type: 'followup:due', followUpId: r.followUpId, personId: r.personId, title: r.title, body: r.body }
      : { type: 'reminder', title: r.title, body: r.body, to: r.to },
  )
}
