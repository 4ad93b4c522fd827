import { BrowserWindow, nativeTheme } from 'electron'
import { openInBrowser } from './openInBrowser'
import { hardenWebContents, secureWebPreferences } from './secureWindow'

export type AppLocation = { url: string; file?: string }

/**
 * The renderer is served with loadFile in production (and the dev server in `npm run dev`).
 * loadFile keeps every byte inside the asar with no protocol handler of our own to harden
 * against path tricks; the IPC guard then accepts exactly this file's URL.
 */
export function createMainWindow(location: AppLocation, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Kith',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1a1b1e' : '#ffffff',
    webPreferences: {
      ...secureWebPreferences(preload),
      // Restated where the window is made so a reviewer (and electronegativity, which
      // reads only this literal) sees the isolation settings without following a call.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  hardenWebContents(window.webContents, openInBrowser)
  window.once('ready-to-show', () => window.show())
  if (location.file) void window.loadFile(location.file)
  else void window.loadURL(location.url)
  return window
}
