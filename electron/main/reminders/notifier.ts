import { Notification } from 'electron'
import type { Reminder } from '../journal/reminders/scheduler'

/** Matches electron-builder's appId: Windows shows notifications only for a known AppUserModelId. */
export const APP_USER_MODEL_ID = 'app.kith.journal'

export type Notifier = { show(reminders: Reminder[]): void; readonly kept: number }

/**
 * Linux notification servers read the body as markup (`<b>`, `<a href>`, `<img>`; Electron passes
 * it to libnotify as is), so a note must be escaped to show as typed. Titles are plain text everywhere.
 */
export function notificationBody(body: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'linux' ? body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : body
}

/**
 * One OS notification per reminder; a click opens its route (the person, the list, the
 * review). Shown notifications are kept referenced until clicked (or pushed out by
 * newer ones): a collected Notification object loses its click handler.
 */
export function createNotifier(options: {
  open: (to: string) => void
  keep?: number
  onError?: (error: unknown) => void
  platform?: NodeJS.Platform
}): Notifier {
  const keep = options.keep ?? 100
  const live = new Set<Notification>()
  return {
    show(reminders) {
      if (!Notification.isSupported()) return
      for (const reminder of reminders) {
        const notification = new Notification({ title: reminder.title, body: notificationBody(reminder.body, options.platform) })
        live.add(notification)
        notification.on('click', () => {
          live.delete(notification)
          options.open(reminder.to)
        })
        notification.on('failed', (_event, error) => options.onError?.(new Error(`A notification could not be shown: ${error}`)))
        notification.show()
        // Oldest first: a Set iterates in insertion order.
        for (const old of live) {
          if (live.size <= keep) break
          live.delete(old)
        }
      }
    },
    get kept() {
      return live.size
    },
  }
}
