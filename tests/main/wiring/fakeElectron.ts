/**
 * A small stand-in for the parts of `electron` the main process touches, recording what
 * Kith asks of it. The Electron binary cannot run here; these fakes behave like the real
 * objects where Kith depends on it (frames, listeners, window lifecycle) and nowhere else.
 */
import { pathToFileURL } from 'node:url'
import type { IpcMainInvokeEvent } from 'electron'
import { vi } from 'vitest'

type Listener = (...args: never[]) => unknown
export type FakeFrame = { url: string; parent: FakeFrame | null; processId: number; frameToken: string }

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args)
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

let nextProcess = 1

/** The order in which Kith reached each part of Electron: 'ipc', 'tray', 'reminders', 'window'. */
export const sequence: string[] = []

export class FakeWebContents extends Emitter {
  readonly mainFrame: FakeFrame
  windowOpenHandler?: (details: { url: string }) => { action: string }
  readonly sent: [string, unknown][] = []
  constructor(url = 'about:blank') {
    super()
    const processId = nextProcess++
    this.mainFrame = { url, parent: null, processId, frameToken: `main-frame-${processId}` }
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  /** An iframe inside this page, at any URL. */
  subframe(url: string): FakeFrame {
    return { url, parent: this.mainFrame, processId: this.mainFrame.processId, frameToken: `sub-frame-${this.mainFrame.processId}` }
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly all: FakeBrowserWindow[] = []
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed)
  }
  readonly webContents = new FakeWebContents()
  destroyed = false
  minimized = false
  shown = 0
  focused = 0
  loaded?: { file?: string; url?: string }
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super()
    FakeBrowserWindow.all.push(this)
    sequence.push('window')
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file }
    this.webContents.mainFrame.url = pathToFileURL(file).href
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url }
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  show(): void {
    this.shown++
  }
  hidden = 0
  hide(): void {
    this.hidden++
  }
  focus(): void {
    this.focused++
  }
}

/** An ipcMain that, like Electron's, refuses a second handler for a channel. */
export function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  const calls: string[] = []
  return {
    handlers,
    calls,
    handle(channel: string, handler: (event: IpcMainInvokeEvent, input: unknown) => unknown) {
      if (calls.length === 0) sequence.push('ipc')
      calls.push(channel)
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      // Tests send plain objects shaped like the events Electron would deliver.
      handlers.set(channel, handler as unknown as (event: unknown, input: unknown) => Promise<unknown>)
    },
  }
}

/** The tray Kith keeps while it runs: the menu template stands in for the built menu. */
export class FakeTray extends Emitter {
  static readonly all: FakeTray[] = []
  tooltip = ''
  menu?: { template: unknown[] }
  constructor(readonly image: unknown) {
    super()
    FakeTray.all.push(this)
    sequence.push('tray')
  }
  setToolTip(text: string) {
    this.tooltip = text
  }
  setContextMenu(menu: { template: unknown[] }) {
    this.menu = menu
  }
  destroy() {}
}

export class FakeNotification extends Emitter {
  static readonly all: FakeNotification[] = []
  static isSupported = () => true
  constructor(readonly options: { title: string; body: string }) {
    super()
    FakeNotification.all.push(this)
  }
  show() {}
}

export function fakeElectronModule(options: { singleInstance: boolean; userData: string }) {
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => options.singleInstance),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => options.userData),
    quit: vi.fn(),
    exit: vi.fn(),
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
    getAppPath: vi.fn(() => options.userData),
  })
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: fakeIpcMain(),
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    // The user's answer to a question box: the first button unless a test says otherwise.
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async (_options: { detail?: string }) => ({ response: 0, checkboxChecked: false })) },
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown[]) => ({ template }) },
    Notification: FakeNotification,
    nativeImage: { createFromBitmap: (buffer: Buffer, size: { width: number; height: number }) => ({ buffer, ...size, setTemplateImage: vi.fn() }) },
    // The reminder scheduler is the one listener for the machine waking up.
    powerMonitor: Object.assign(new Emitter(), {
      on(this: Emitter, event: string, listener: Listener) {
        if (event === 'resume') sequence.push('reminders')
        return Emitter.prototype.on.call(this, event, listener)
      },
    }),
    sequence,
  }
}

/** A fake `electron` whose userData is a new temp folder: for `vi.hoisted`, which runs before imports. */
export async function fakeElectronInTempFolder(prefix: string) {
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const folder = await mkdtemp(`${tmpdir()}/${prefix}`)
  return { folder, electron: fakeElectronModule({ singleInstance: true, userData: folder }) }
}
