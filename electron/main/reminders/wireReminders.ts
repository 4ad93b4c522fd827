import { app, powerMonitor, type BrowserWindow } from 'electron'
import type { PushEvent } from '../../../shared/api/channels'
import type { JournalStore } from '../journal/journalStore'
import { showRoute } from '../tray/showRoute'
import { APP_USER_MODEL_ID, createNotifier } from './notifier'
import { reminderPushEvents, startReminders, type RunningReminders } from '../journal/reminders/startReminders'

export type WireRemindersOptions = {
  store: JournalStore
  /** Sends a push event to the window(s): the renderer shows in-app notifications from them. */
  push: (event: PushEvent) => void
  /** Shows the main window (creating it if needed) and returns it. */
  showWindow: () => BrowserWindow
  /** Called after each batch of reminders, e.g. to refresh the tray. */
  onReminders?: () => void
  platform?: NodeJS.Platform
}

/** The Electron side of reminders: OS notifications whose click opens the person, plus push events. */
export function wireReminders(options: WireRemindersOptions): RunningReminders {
  if ((options.platform ?? process.platform) === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  const notifier = createNotifier({ open: (to) => showRoute(options.showWindow(), to), onError: (error) => console.error(error), platform: options.platform })
  return startReminders({
    store: options.store,
    powerMonitor,
    notify: (reminders) => {
      notifier.show(reminders)
      for (const event of reminderPushEvents(reminders)) options.push(event)
      options.onReminders?.()
    },
  })
}
