import type { BrowserWindow } from 'electron'
import type { JournalStore } from '../journal/journalStore'

/**
 * Closing the window hides it instead, so reminders keep arriving; Quit (tray menu,
 * Cmd+Q, shutdown) really closes it. `isQuitting` is true once the app is quitting.
 */
export function keepInTrayOnClose(window: BrowserWindow, options: { isQuitting: () => boolean; onHidden?: () => void }): void {
  // Windows logoff and shutdown close windows without before-quit: never hold those up.
  let sessionEnding = false
  window.on('session-end', () => {
    sessionEnding = true
  })
  window.on('close', (event) => {
    if (options.isQuitting() || sessionEnding) return
    event.preventDefault()
    window.hide()
    options.onHidden?.()
  })
}

export const TRAY_HINT = {
  title: 'Kith is still running',
  body: 'Kith stays in the tray so your follow-up reminders arrive. Quit it from the tray menu.',
}

/** Shows the "still running" hint the first time only; remembered in the journal's settings. */
export function showTrayHintOnce(store: Pick<JournalStore, 'journal' | 'mutate'>, show: (hint: typeof TRAY_HINT) => void): Promise<void> {
  if (store.journal.settings.trayHintShown) return Promise.resolve()
  show(TRAY_HINT)
  return store.mutate((journal) => {
    journal.settings.trayHintShown = true
  })
}
