import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { safeExternalUrl } from '../../../shared/links'

/**
 * The settings every Kith window gets (main and print). Electron's defaults are
 * already most of these; stating them keeps a later edit from quietly turning one off.
 */
export function secureWebPreferences(preload?: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle click would otherwise ask for a new window through a path some versions skipped.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  }
}

const hardened = new WeakSet<WebContents>()

/**
 * No navigation away from the app, no new windows, no webviews; links the user
 * clicks open in the OS browser, and only for http, https and mailto.
 * Safe to call twice on the same contents (the app hardens every contents it sees).
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url)
    if (safe) openExternal(safe)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    const safe = safeExternalUrl(url)
    if (safe) openExternal(safe)
  })
  // Sub-frames too (the CSP already forbids frames; this holds if it is ever loosened).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
