import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { PUSH_CHANNEL } from '../../shared/api/push'
import type { PushEvent } from '../../shared/api/channels'
import { openJournal, type OpenJournal } from './journal/openJournal'
import { resolveJournalPath } from './journal/journalPath'
import { journalChangedEvent } from './journal/journalChange'
import { registerApi } from './ipc/registerApi'
import { isTrustedSender } from './ipc/trustedSender'
import { createMainWindow, type AppLocation } from './window/mainWindow'
import { openInBrowser } from './window/openInBrowser'
import { refusePermissions } from './window/permissions'
import { hardenWebContents } from './window/secureWindow'
import { wireReminders } from './reminders/wireReminders'
import { wireTray, type WiredTray } from './tray/wireTray'
import { HIDDEN_FLAG } from './tray/launchAtLogin'
import { electronCheatSheetPrinter } from './print/electronPrinter'

const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

function appLocation(): AppLocation {
  const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  if (devServer) return { url: devServer }
  const file = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
  return { url: pathToFileURL(file).href, file }
}

let mainWindow: BrowserWindow | null = null
let journal: OpenJournal | null = null
let tray: WiredTray | null = null

function showMainWindow(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(appLocation(), preload)
    mainWindow.on('closed', () => (mainWindow = null))
    // Closing the window keeps Kith running in the tray, so reminders still arrive.
    tray?.keepInTray(mainWindow)
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
  return mainWindow
}

function push(event: PushEvent) {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(PUSH_CHANNEL, event)
}

// Every renderer sandboxed, whatever a window's own preferences say (must precede 'ready').
app.enableSandbox()

// One Kith per user: a second launch focuses the first instead of opening a second writer.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showMainWindow())
  // Every web contents, whoever creates it (print windows, devtools), gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openInBrowser))
  app.whenReady().then(start).catch(fail)
}

async function start() {
  refusePermissions(session.defaultSession)

  const path = resolveJournalPath(process.argv, process.env, app.getPath('userData'))
  journal = await openJournal(path, {
    print: electronCheatSheetPrinter({ location: appLocation, preload, parent: () => mainWindow }),
    lock: { confirmTakeover: confirmLockTakeover },
  })
  journal.store.onChange((change) => push(journalChangedEvent(change)))
  journal.onImportProgress((progress) => push({ type: 'import:progress', progress }))
  const location = appLocation()
  registerApi(ipcMain, journal.handlers, (event) => isTrustedSender(event, () => BrowserWindow.getAllWindows().map((w) => w.webContents), location.url))
  tray = wireTray({ store: journal.store, handlers: journal.handlers, showWindow: showMainWindow })
  wireReminders({ store: journal.store, push, showWindow: showMainWindow, onReminders: () => tray?.tray.refresh() })
  // A launch at login starts quietly in the tray.
  if (!process.argv.includes(HIDDEN_FLAG)) showMainWindow()
  app.on('activate', () => showMainWindow())
  // While the window loads its page, derive what its first screen asks for.
  setImmediate(() => journal?.warmUp())
}

/** A lock another computer left long ago: taken over only when the user says Kith is not running there. */
async function confirmLockTakeover(question: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    message: 'Another computer has this journal open',
    detail: question,
    buttons: ['Take over the journal', 'Quit'],
    defaultId: 1,
    cancelId: 1,
  })
  return response === 0
}

function fail(error: unknown) {
  dialog.showErrorBox('Kith could not start', (error as Error)?.message ?? String(error))
  app.exit(1)
}

let quitting = false
app.on('before-quit', (event) => {
  if (quitting || !journal) return
  // Quitting waits for the last save; if it fails, the user hears it before Kith exits.
  event.preventDefault()
  quitting = true
  journal.store.close().then(
    () => app.quit(),
    (error: Error) => {
      dialog.showErrorBox('Kith could not save your journal', `${error.message}\n\nKith will now close.`)
      app.exit(1)
    },
  )
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
