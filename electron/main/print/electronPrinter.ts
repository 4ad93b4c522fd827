import { BrowserWindow, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import type { CheatSheetPrinter } from '../journal/handlers/cheatsheet'
import type { AppLocation } from '../window/mainWindow'
import { openInBrowser } from '../window/openInBrowser'
import { hardenWebContents, secureWebPreferences } from '../window/secureWindow'
import { createCheatSheetPrinter, type PrintWindow } from './printCheatSheet'

/**
 * A hidden window with the main window's security settings and preload: the sheet page
 * fetches its data through the same guarded API, from the same app URL.
 */
export function createPrintWindow(location: AppLocation, preload: string): PrintWindow {
  const window = new BrowserWindow({
    show: false,
    // Roughly a sheet of paper at 96 dpi, so screen-size media queries match print.
    width: 816,
    height: 1056,
    title: 'Kith cheat sheet',
    // The isolation settings restated at the constructor, as in mainWindow.ts (electronegativity reads only this literal).
    webPreferences: { ...secureWebPreferences(preload), contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  })
  hardenWebContents(window.webContents, openInBrowser)
  return {
    webContents: window.webContents,
    load: (route) => (location.file ? window.loadFile(location.file, { hash: route }) : window.loadURL(`${location.url.split('#')[0]}#${route}`)),
    destroy: () => {
      if (!window.isDestroyed()) window.destroy()
    },
  }
}

export type ElectronPrinterOptions = {
  location: () => AppLocation
  preload: string
  /** The window the save dialog belongs to (sheet-modal on macOS). */
  parent?: () => BrowserWindow | null | undefined
}

/** The printer the desktop app passes to the journal service as its `print` dependency. */
export function electronCheatSheetPrinter({ location, preload, parent }: ElectronPrinterOptions): CheatSheetPrinter {
  return createCheatSheetPrinter({
    createPrintWindow: () => createPrintWindow(location(), preload),
    showSaveDialog: (options) => {
      const owner = parent?.()
      return owner && !owner.isDestroyed() ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    writeFile: (path, data) => writeFile(path, data),
  })
}
