import type { IpcMainInvokeEvent, WebContents } from 'electron'

/** Drops the hash and query: the app's pages differ only in their hash route. */
function pageOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`
  } catch {
    return undefined
  }
}

/**
 * True only for a message from a window Kith created, sent by that window's main frame
 * (not an iframe) while it shows the app's own page.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, appWindows: () => readonly WebContents[], appUrl: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (!appWindows().includes(event.sender)) return false
  if (frame !== event.sender.mainFrame) return false
  return pageOf(frame.url) !== undefined && pageOf(frame.url) === pageOf(appUrl)
}
