import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { safeExternalUrl } from '../../../shared/links'

/**
 * The settings every Kith window gets (main and print). Electron's defaults are
 * already these; stating them keeps a later edit from quietly turning one off.
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
    spellcheck: true,
  }
}

/**
 * No navigation away from the app, no new windows, no webviews; links the user
 * clicks open in the OS browser, and only for http, https and mailto.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void> | void): void {
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url)
    if (safe) void openExternal(safe)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    const safe = safeExternalUrl(url)
    if (safe) void openExternal(safe)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
