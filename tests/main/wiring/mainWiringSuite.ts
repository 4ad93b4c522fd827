import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../shared/api/channels'
import { FakeTray, FakeWebContents, type fakeElectronModule } from './fakeElectron'

type Fake = ReturnType<typeof fakeElectronModule>

/**
 * What the main process must do once started, checked against whatever was loaded: the
 * sources (mainIndex.test.ts) or the bundle `npm run dev` runs (mainBundle.test.ts).
 */
export function mainWiringSuite(started: () => Fake) {
  let fake: Fake
  beforeAll(() => {
    fake = started()
  })

  describe('main process wiring', () => {
    it('starts in the order that keeps every promise: IPC before the window asks, tray before the window can close, reminders running', () => {
      // The page's first calls must find their handlers; closing the window hides it to the tray
      // only if the tray exists when the window is made; the reminder scheduler listens for wake-ups.
      const order = fake.sequence.filter((step) => ['ipc', 'tray', 'reminders', 'window'].includes(step))
      expect(order).toEqual(['ipc', 'tray', 'reminders', 'window'])
      expect(fake.sequence.filter((step) => step === 'window')).toHaveLength(1)
    })

    it('takes the single-instance lock and registers every call once', () => {
      expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
      expect(fake.app.quit).not.toHaveBeenCalled()
      expect([...fake.ipcMain.calls].sort()).toEqual([...CHANNELS].sort())
    })

    it('forces the sandbox on every renderer before the app is ready', () => {
      expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1)
      expect(fake.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0]!)
    })

    it('refuses every permission request and check', () => {
      const session = fake.session.defaultSession
      const callback = vi.fn()
      const onRequest = session.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) onRequest({}, permission, callback)
      expect(callback.mock.calls).toEqual([[false], [false], [false], [false]])
      const onCheck = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean
      expect(onCheck({}, 'media')).toBe(false)
      const onDevice = session.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean
      expect(onDevice({ deviceType: 'usb' })).toBe(false)
    })

    it('opens a secure window on the built renderer and answers only that window', async () => {
      const [window] = fake.BrowserWindow.all
      expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
      expect(window!.loaded?.file).toMatch(/renderer[/\\]index\.html$/)
      expect(window!.options.webPreferences!.preload).toMatch(/preload[/\\]index\.cjs$/)

      const create = fake.ipcMain.handlers.get('people:create')!
      const contents = window!.webContents
      const answer = await create({ sender: contents, senderFrame: contents.mainFrame }, { name: 'Ada Lovelace' })
      expect(answer).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } })

      const stranger = new FakeWebContents(contents.mainFrame.url)
      expect(await create({ sender: stranger, senderFrame: stranger.mainFrame }, { name: 'Mallory' })).toMatchObject({ ok: false })
    })

    it('tells the window when the journal changes', async () => {
      const contents = fake.BrowserWindow.all[0]!.webContents
      contents.sent.length = 0
      await fake.ipcMain.handlers.get('people:create')!({ sender: contents, senderFrame: contents.mainFrame }, { name: 'Grace Hopper' })
      await vi.waitFor(() => expect(contents.sent).toContainEqual(['kith:push', { type: 'journal:changed', changed: ['people'] }]))
    })

    it('a second launch focuses the first window instead of opening another', () => {
      const [window] = fake.BrowserWindow.all
      window!.minimized = true
      const focusedBefore = window!.focused
      fake.app.emit('second-instance')
      expect(window!.minimized).toBe(false)
      expect(window!.focused).toBe(focusedBefore + 1)
      expect(fake.BrowserWindow.all).toHaveLength(1)
    })

    it('hardens every web contents the app creates (a print window, say)', () => {
      const printContents = new FakeWebContents('about:blank')
      fake.app.emit('web-contents-created', {}, printContents)
      expect(printContents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
      const navigation = { preventDefault: vi.fn() }
      printContents.emit('will-navigate', navigation, 'https://example.com/')
      expect(navigation.preventDefault).toHaveBeenCalled()
      expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/')
    })

    it('keeps a tray icon whose menu counts the due follow-ups, and closing the window hides it to the tray', async () => {
      expect(FakeTray.all).toHaveLength(1)
      const tray = FakeTray.all[0]!
      expect(tray.tooltip).toMatch(/Kith/)
      const labels = (tray.menu!.template as { label?: string }[]).map((item) => item.label)
      expect(labels).toEqual(expect.arrayContaining(['Open Kith', 'Quit Kith']))

      const [window] = fake.BrowserWindow.all
      const close = { preventDefault: vi.fn() }
      window!.emit('close', close)
      expect(close.preventDefault).toHaveBeenCalled()
      expect(window!.hidden).toBe(1)
    })
  })
}
