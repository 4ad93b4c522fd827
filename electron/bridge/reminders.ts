import type { JournalStore } from '../main/journal/journalStore'
import { reminderPushEvents, startReminders, type RunningReminders } from '../main/journal/reminders/startReminders'
import type { Bridge } from './server'

/**
 * The desktop app's reminder scheduler, run by the browser bridge: with no OS
 * notifications here, every reminder reaches the page as a push event
 * (`followup:due`, `reminder`), which the renderer shows as an in-app notification.
 */
export function startBridgeReminders(store: JournalStore, bridge: Pick<Bridge, 'push'>, options: { now?: () => Date } = {}): RunningReminders {
  return startReminders({
    store,
    now: options.now,
    notify: (reminders) => {
      for (const event of reminderPushEvents(reminders)) bridge.push(event)
    },
  })
}
