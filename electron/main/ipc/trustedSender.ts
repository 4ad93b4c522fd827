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
 * (not an iframe) while it shows the app's own page. Frames are compared by their token,
 * not by object identity, so a second wrapper of the same frame is still recognised.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, appWindows: () => readonly WebContents[], appUrl: string): boolean {
  const frame = event.senderFrame
  // Null when the frame navigated away or was destroyed before the message was handled.
  if (!frame) return false
  if (!appWindows().includes(event.sender)) return false
  const mainFrame = event.sender.mainFrame
  if (frame.parent !== null || frame.processId !== mainFrame.processId || frame.frameToken !== mainFrame.frameToken) return false
  const page = pageOf(frame.url)
  return page !== undefined && page === pageOf(appUrl)
}
