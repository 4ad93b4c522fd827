/** @vitest-environment node */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fixedOffset } from '../../../shared/derive/followUps'
import { PUSH_CHANNEL } from '../../../shared/api/push'
import type { JournalStore } from '../../../electron/main/journal/journalStore'
import { createTray } from '../../../electron/main/tray/createTray'
import { wireTray } from '../../../electron/main/tray/wireTray'
import { followUp, journalWithFollowUps, memoryStore, person } from '../reminders/fakeTime'
import { Notification, Tray, app, fakeWindow, labels, menuOf, resetFakeElectron, type MenuItem } from './fakeElectron'

vi.mock('electron', () => import('./fakeElectron'))

const NOW = new Date('2026-11-30T12:00:00.000Z')

function journalForTray() {
  return journalWithFollowUps(
    [
      followUp('f-dana', '2026-11-30T09:00:00.000Z', { note: 'Send the Ohio article' }),
      followUp('f-sam', '2026-12-01T15:00:00.000Z', { personId: 'sam', note: 'Coffee & catch-up' }),
      followUp('f-done', '2026-11-29T09:00:00.000Z', { status: 'done' }),
    ],
    [person('dana', 'Dana Reyes'), person('sam', 'Sam Okafor')],
  )
}

function trayUnderTest() {
  const store = memoryStore(journalForTray())
  const handlers = { 'followups:snooze': vi.fn(async () => store.journal.followUps[0]!), 'followups:done': vi.fn(async () => store.journal.followUps[0]!) }
  const open = vi.fn()
  const quickAdd = vi.fn()
  const kithTray = createTray({
    store,
    handlers,
    open,
    showWindow: vi.fn(),
    quickAdd,
    quit: vi.fn(),
    now: () => NOW,
    offset: fixedOffset(0),
    platform: 'linux',
  })
  return { store, handlers, open, quickAdd, kithTray, tray: Tray.instances.at(-1)! }
}

const item = (items: MenuItem[], start: string) => {
  const found = items.find((i) => i.label?.startsWith(start))
  if (!found) throw new Error(`No menu item starting "${start}" in ${JSON.stringify(labels(items))}`)
  return found
}

beforeEach(() => resetFakeElectron())

describe('the tray', () => {
  it('shows how many follow-ups are due and the next few, with the actions', () => {
    const { tray, kithTray } = trayUnderTest()
    expect(tray.tooltip).toBe('Kith: 1 follow-up due')
    expect(labels(menuOf(tray))).toEqual([
      '1 follow-up due',
      'Dana Reyes (due): Send the Ohio article',
      'Sam Okafor (tomorrow 15:00): Coffee && catch-up',
      '---',
      'Quick add…',
      'Start weekly review',
      '---',
      'Open Kith',
      'Quit Kith',
    ])
    expect(labels(item(menuOf(tray), 'Dana').submenu!)).toEqual([
      'Open Dana Reyes',
      '---',
      'Snooze an hour',
      'Snooze until tomorrow morning',
      'Snooze until next week',
      '---',
      'Done',
    ])
    kithTray.destroy()
  })

  it('updates when the journal changes', async () => {
    const { store, tray, kithTray } = trayUnderTest()
    await store.mutate((j) => {
      j.followUps.push(followUp('f-new', '2026-11-30T11:00:00.000Z', { personId: 'sam', note: 'Call back' }))
      j.followUps[0]!.status = 'done'
    })
    expect(tray.tooltip).toBe('Kith: 1 follow-up due')
    expect(labels(menuOf(tray)).slice(0, 3)).toEqual(['1 follow-up due', 'Sam Okafor (due): Call back', 'Sam Okafor (tomorrow 15:00): Coffee && catch-up'])
    await store.mutate((j) => j.followUps.forEach((f) => (f.status = 'done')))
    expect(tray.tooltip).toBe('Kith: no follow-ups due')
    expect(labels(menuOf(tray))[0]).toBe('No follow-ups due')
    kithTray.destroy()
  })

  it('its items open the person, snooze, mark done, quick add and start the review', async () => {
    const { tray, open, handlers, quickAdd, kithTray } = trayUnderTest()
    const dana = item(menuOf(tray), 'Dana').submenu!
    item(dana, 'Open Dana').click!()
    expect(open).toHaveBeenLastCalledWith('#/people/dana')
    item(dana, 'Snooze an hour').click!()
    item(dana, 'Done').click!()
    await vi.waitFor(() => expect(handlers['followups:done']).toHaveBeenCalledWith({ id: 'f-dana' }))
    expect(handlers['followups:snooze']).toHaveBeenCalledWith({ id: 'f-dana', until: '2026-11-30T13:00:00.000Z' })
    item(menuOf(tray), 'Quick add').click!()
    expect(quickAdd).toHaveBeenCalled()
    item(menuOf(tray), 'Start weekly review').click!()
    expect(open).toHaveBeenLastCalledWith('#/review')
    kithTray.destroy()
    expect(tray.destroyed).toBe(true)
  })
})

describe('closing the window', () => {
  it('hides it to the tray with a hint the first time only, and really closes when quitting', async () => {
    const store = memoryStore(journalForTray()) as unknown as JournalStore
    const window = fakeWindow()
    const wired = wireTray({
      store,
      handlers: { 'followups:snooze': vi.fn(), 'followups:done': vi.fn() },
      showWindow: () => window as unknown as BrowserWindow,
      platform: 'darwin',
    })
    wired.keepInTray(window as unknown as BrowserWindow)

    const close = () => {
      const event = { preventDefault: vi.fn() }
      window.emit('close', event)
      return event
    }
    expect(close().preventDefault).toHaveBeenCalled()
    expect(window.hide).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(store.journal.settings.trayHintShown).toBe(true))
    expect(Notification.instances.map((n) => n.options.title)).toEqual(['Kith is still running'])

    close()
    expect(window.hide).toHaveBeenCalledTimes(2)
    expect(Notification.instances).toHaveLength(1)

    app.emit('before-quit')
    expect(close().preventDefault).not.toHaveBeenCalled()
    wired.destroy()
  })

  it('does not hold up a Windows logoff or shutdown', () => {
    const store = memoryStore(journalForTray()) as unknown as JournalStore
    const window = fakeWindow()
    const wired = wireTray({
      store,
      handlers: { 'followups:snooze': vi.fn(), 'followups:done': vi.fn() },
      showWindow: () => window as unknown as BrowserWindow,
      platform: 'win32',
    })
    wired.keepInTray(window as unknown as BrowserWindow)
    window.emit('session-end', {})
    const event = { preventDefault: vi.fn() }
    window.emit('close', event)
    expect(event.preventDefault).not.toHaveBeenCalled()
    wired.destroy()
  })

  it('the tray menu item opens a person in the (hidden) window', () => {
    const store = memoryStore(journalForTray()) as unknown as JournalStore
    const window = fakeWindow()
    window.visible = false
    const wired = wireTray({
      store,
      handlers: { 'followups:snooze': vi.fn(), 'followups:done': vi.fn() },
      showWindow: () => window as unknown as BrowserWindow,
      platform: 'darwin',
    })
    item(item(menuOf(Tray.instances.at(-1)!), 'Dana').submenu!, 'Open Dana').click!()
    expect(window.visible).toBe(true)
    expect(window.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { type: 'navigate', to: '#/people/dana' })
    wired.destroy()
  })
})

describe('launch at login', () => {
  let configHome: string
  const savedXdg = process.env.XDG_CONFIG_HOME
  beforeEach(() => {
    configHome = mkdtempSync(join(tmpdir(), 'kith-xdg-'))
    process.env.XDG_CONFIG_HOME = configHome
  })
  afterEach(() => {
    process.env.XDG_CONFIG_HOME = savedXdg
    if (savedXdg === undefined) delete process.env.XDG_CONFIG_HOME
    rmSync(configHome, { recursive: true, force: true })
  })

  function wiredOn(platform: NodeJS.Platform, launchAtLogin: boolean) {
    const journal = journalForTray()
    journal.settings.launchAtLogin = launchAtLogin
    const store = memoryStore(journal)
    const wired = wireTray({
      store: store as unknown as JournalStore,
      handlers: { 'followups:snooze': vi.fn(), 'followups:done': vi.fn() },
      showWindow: () => fakeWindow() as unknown as BrowserWindow,
      platform,
    })
    return { store, wired }
  }

  it.each(['darwin', 'win32'] as const)('on %s uses Electron login items, following the setting', async (platform) => {
    const { store, wired } = wiredOn(platform, true)
    const args = platform === 'win32' ? { args: ['--hidden'] } : {}
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, ...args })
    await store.mutate((j) => (j.settings.launchAtLogin = false))
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, ...args })
    expect(app.setLoginItemSettings).toHaveBeenCalledTimes(2)
    expect(existsSync(join(configHome, 'autostart'))).toBe(false)
    wired.destroy()
  })

  it('on linux writes an XDG autostart entry, and removes it when switched off', async () => {
    const { store, wired } = wiredOn('linux', true)
    const file = join(configHome, 'autostart', 'kith.desktop')
    await vi.waitFor(() => expect(existsSync(file)).toBe(true))
    const entry = readFileSync(file, 'utf8')
    expect(entry).toContain('[Desktop Entry]\nType=Application\n')
    expect(entry).toContain(`Exec="${process.env.APPIMAGE ?? process.execPath}" "--hidden"\n`)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
    await store.mutate((j) => (j.settings.launchAtLogin = false))
    await vi.waitFor(() => expect(existsSync(file)).toBe(false))
    wired.destroy()
  })
})
