import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * Just enough of Electron's main-process API for the tray and reminder wiring, recording
 * what Kith asked of it. Used as `vi.mock('electron', () => import('./fakeElectron'))`.
 */
export class Tray extends EventEmitter {
  static instances: Tray[] = []
  tooltip = ''
  menu: unknown
  destroyed = false
  constructor(readonly image: unknown) {
    super()
    Tray.instances.push(this)
  }
  setToolTip(text: string) {
    this.tooltip = text
  }
  setContextMenu(menu: unknown) {
    this.menu = menu
  }
  destroy() {
    this.destroyed = true
  }
}

export class Notification extends EventEmitter {
  static instances: Notification[] = []
  static isSupported = () => true
  shown = false
  constructor(readonly options: { title: string; body: string }) {
    super()
    Notification.instances.push(this)
  }
  show() {
    this.shown = true
  }
}

/** The template itself stands in for the built menu, so tests can read and click it. */
export const Menu = { buildFromTemplate: (template: unknown[]) => ({ template }) }

export const nativeImage = {
  createFromBitmap: (buffer: Buffer, options: { width: number; height: number }) => ({ buffer, ...options, setTemplateImage: vi.fn() }),
}

class FakeApp extends EventEmitter {
  isPackaged = true
  setAppUserModelId = vi.fn()
  setLoginItemSettings = vi.fn()
  quit = vi.fn()
  getAppPath = () => '/src/kith'
}
export const app = new FakeApp()
export const powerMonitor = new EventEmitter()

export function resetFakeElectron() {
  Tray.instances = []
  Notification.instances = []
  app.removeAllListeners()
  app.setAppUserModelId.mockClear()
  app.setLoginItemSettings.mockClear()
  app.quit.mockClear()
  powerMonitor.removeAllListeners()
}

/** A BrowserWindow as far as showing it, closing it and sending it events go. */
export function fakeWindow(options: { loading?: boolean } = {}) {
  const contents = Object.assign(new EventEmitter(), { send: vi.fn(), isLoading: () => options.loading ?? false })
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    visible: true,
    isMinimized: () => false,
    restore: vi.fn(),
    show: vi.fn(() => (window.visible = true)),
    hide: vi.fn(() => (window.visible = false)),
    focus: vi.fn(),
  })
  return window
}

export type MenuItem = { label?: string; type?: string; click?: () => void; submenu?: MenuItem[] }
export const menuOf = (tray: Tray) => (tray.menu as { template: MenuItem[] }).template
export const labels = (items: MenuItem[]) => items.map((i) => i.label ?? '---')
