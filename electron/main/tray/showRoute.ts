import type { BrowserWindow } from 'electron'
import type { PushEvent } from '../../../shared/api/channels'
import { PUSH_CHANNEL } from '../../../shared/api/push'

/**
 * Shows the window and sends its page one push event. A window still loading gets the
 * event once it has loaded, so the page is there to hear it.
 */
export function showAndSend(window: BrowserWindow, event: PushEvent): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
  const send = () => window.webContents.send(PUSH_CHANNEL, event)
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send)
  else send()
}

/** Shows the window at a route, e.g. "#/people/p1". */
export function showRoute(window: BrowserWindow, to: string): void {
  showAndSend(window, { type: 'navigate', to })
}
