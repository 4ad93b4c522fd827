/** @vitest-environment node */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../shared/api/channels'
import type { Handlers } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/envelope'
import { registerApi, REFUSED_SENDER } from '../../../electron/main/ipc/registerApi'
import { isTrustedSender } from '../../../electron/main/ipc/trustedSender'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { FakeWebContents, fakeIpcMain, type FakeFrame } from './fakeElectron'

const APP_URL = 'file:///opt/Kith/resources/app.asar/out/renderer/index.html'

function spyHandlers(): Handlers {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn(async (input: unknown) => ({ handled: channel, input }))])) as unknown as Handlers
}

/** The app window plus the guard main/index.ts builds, over a fake ipcMain. */
function wiredApi(handlers = spyHandlers()) {
  const appWindow = new FakeWebContents(APP_URL)
  const ipcMain = fakeIpcMain()
  const appWindows = () => [appWindow as unknown as WebContents]
  registerApi(ipcMain, handlers, (event) => isTrustedSender(event, appWindows, APP_URL))
  const call = (channel: string, input: unknown, sender: FakeWebContents = appWindow, senderFrame: FakeFrame | null = sender.mainFrame) => {
    const handler = ipcMain.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler({ sender, senderFrame } as unknown as IpcMainInvokeEvent, input) as Promise<Envelope<unknown>>
  }
  return { appWindow, ipcMain, handlers, call }
}

describe('the IPC guard refuses strangers', () => {
  const strangers: [string, (app: FakeWebContents) => [FakeWebContents, FakeFrame | null]][] = [
    [
      'another web contents at the same URL',
      () => {
        const other = new FakeWebContents(APP_URL)
        return [other, other.mainFrame]
      },
    ],
    ['an iframe inside the app window', (app) => [app, app.subframe(APP_URL)]],
    [
      'the app window showing another page',
      (app) => {
        app.mainFrame.url = 'https://evil.example/index.html'
        return [app, app.mainFrame]
      },
    ],
    [
      'the app window showing another local file',
      (app) => {
        app.mainFrame.url = 'file:///tmp/downloaded.html'
        return [app, app.mainFrame]
      },
    ],
    ['a frame that is gone (no senderFrame)', (app) => [app, null]],
  ]

  for (const [who, make] of strangers) {
    it(`refuses ${who} with a readable message, without calling the handler`, async () => {
      const { appWindow, handlers, call } = wiredApi()
      const [sender, frame] = make(appWindow)
      const answer = await call('people:create', { name: 'Ada Lovelace' }, sender, frame)
      expect(answer).toEqual({ ok: false, error: { message: REFUSED_SENDER } })
      expect(REFUSED_SENDER).toMatch(/did not come from its own window/)
      expect(handlers['people:create']).not.toHaveBeenCalled()
    })
  }

  it('accepts the app window on any of its hash routes', async () => {
    const { appWindow, call } = wiredApi()
    appWindow.mainFrame.url = `${APP_URL}#/people/p1`
    expect(await call('people:list', {})).toMatchObject({ ok: true })
  })
})

describe('the IPC guard parses every input', () => {
  it.each([
    [{ name: '' }, 'an empty name'],
    [{ name: 5 }, 'a number for a name'],
    [{}, 'no name at all'],
  ])('refuses people:create with %j (%s), naming the field', async (input, _what) => {
    const { handlers, call } = wiredApi()
    const answer = await call('people:create', input)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.field).toBe('name')
    expect(answer.error.message).toMatch(/\bname\b/)
    expect(handlers['people:create']).not.toHaveBeenCalled()
  })

  it('refuses a message that is not even an object', async () => {
    const { call } = wiredApi()
    const answer = await call('followups:create', 'hello')
    expect(answer).toMatchObject({ ok: false })
  })

  it('refuses an oversized message with a clear error', async () => {
    const { handlers, call } = wiredApi()
    const answer = await call('people:create', { name: 'Ada', notes: 'x'.repeat(9 * 1024 * 1024) })
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than 8 MB/) } })
    expect(handlers['people:create']).not.toHaveBeenCalled()
  })

  it('passes a valid call to its handler with the parsed input only', async () => {
    const { handlers, call } = wiredApi()
    const answer = await call('people:create', { name: 'Ada Lovelace', company: 'Analytical Engines', isAdmin: true })
    expect(answer).toMatchObject({ ok: true })
    expect(handlers['people:create']).toHaveBeenCalledTimes(1)
    expect(handlers['people:create']).toHaveBeenCalledWith({ name: 'Ada Lovelace', company: 'Analytical Engines' })
  })
})

describe('registration', () => {
  it('registers every channel of the contract exactly once', () => {
    const { ipcMain } = wiredApi()
    expect([...ipcMain.calls].sort()).toEqual([...CHANNELS].sort())
  })

  it('throws when the API is registered a second time, before touching ipcMain', () => {
    const { ipcMain, handlers } = wiredApi()
    expect(() => registerApi(ipcMain, handlers, () => true)).toThrow(/registered twice/)
    expect(ipcMain.calls).toHaveLength(CHANNELS.length)
  })
})

describe('every contract call has a handler in the journal service', () => {
  let folder: string | undefined
  let journal: OpenJournal | undefined
  afterEach(async () => {
    await journal?.store.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('covers CHANNELS exactly, and a call through the guard reaches the real journal', async () => {
    folder = await mkdtemp(join(tmpdir(), 'kith-wiring-'))
    journal = await openJournal(join(folder, 'journal.json'))
    for (const channel of CHANNELS) expect(typeof journal.handlers[channel], channel).toBe('function')
    expect(Object.keys(journal.handlers).sort()).toEqual([...CHANNELS].sort())

    const { call } = wiredApi(journal.handlers)
    const created = await call('people:create', { name: 'Grace Hopper', company: 'Navy' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Grace Hopper', company: 'Navy' } })
    const listed = await call('people:list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Grace Hopper' }] })
  })
})
