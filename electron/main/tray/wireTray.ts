import { app, Notification, type BrowserWindow } from 'electron'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import type { Handlers } from '../../../shared/api/contract'
import type { JournalStore } from '../journal/journalStore'
import { createTray, type KithTray } from './createTray'
import { keepInTrayOnClose, showTrayHintOnce } from './keepInTray'
import { watchLaunchAtLogin } from './launchAtLogin'
import { showAndSend, showRoute } from './showRoute'

export type WireTrayOptions = {
  store: JournalStore
  handlers: Pick<Handlers, 'followups:snooze' | 'followups:done'>
  /** Shows the main window (creating it if needed) and returns it. */
  showWindow: () => BrowserWindow
  platform?: NodeJS.Platform
}

export type WiredTray = {
  tray: KithTray
  /** Call for every main window created: closing it then hides it to the tray. */
  keepInTray(window: BrowserWindow): void
  destroy(): void
}

function configHome(): string {
  const xdg = process.env.XDG_CONFIG_HOME
  return xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.config')
}

/** The tray, hide-on-close with its one-time hint, and launch at login, wired to Electron. */
export function wireTray(options: WireTrayOptions): WiredTray {
  const platform = options.platform ?? process.platform
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })
  const report = (error: unknown) => console.error('Kith tray:', error)

  const tray = createTray({
    store: options.store,
    handlers: options.handlers,
    open: (to) => showRoute(options.showWindow(), to),
    showWindow: () => void options.showWindow(),
    quickAdd: () => showAndSend(options.showWindow(), { type: 'quick-add' }),
    quit: () => app.quit(),
    platform,
    onError: report,
  })

  const stopLoginWatch = watchLaunchAtLogin(
    options.store,
    {
      platform,
      setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
      fs: { mkdir, rm, writeFile: (path, text) => writeFile(path, text, 'utf8') },
      configHome: configHome(),
      // An AppImage runs from a temporary mount: autostart must name the AppImage itself.
      exec: process.env.APPIMAGE ?? process.execPath,
      args: app.isPackaged ? [] : [app.getAppPath()],
    },
    report,
  )

  return {
    tray,
    keepInTray(window) {
      keepInTrayOnClose(window, {
        isQuitting: () => quitting,
        onHidden: () => {
          showTrayHintOnce(options.store, (hint) => {
            if (Notification.isSupported()) new Notification(hint).show()
          }).catch(report)
        },
      })
    },
    destroy() {
      stopLoginWatch()
      tray.destroy()
    },
  }
}
