/** @vitest-environment node */
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PushEvent } from '../../../shared/api/channels'
import { PUSH_CHANNEL } from '../../../shared/api/push'
import type { JournalStore } from '../../../electron/main/journal/journalStore'
import { createNotifier } from '../../../electron/main/reminders/notifier'
import type { RunningReminders } from '../../../electron/main/journal/reminders/startReminders'
import { wireReminders } from '../../../electron/main/reminders/wireReminders'
import { Notification, app, fakeWindow, powerMonitor, resetFakeElectron } from '../tray/fakeElectron'
import { followUp, journalWithFollowUps, memoryStore, person } from './fakeTime'

vi.mock('electron', () => import('../tray/fakeElectron'))

let running: RunningReminders | undefined
beforeEach(() => resetFakeElectron())
afterEach(() => running?.stop())

function wired(platform: NodeJS.Platform, window = fakeWindow()) {
  const journal = journalWithFollowUps(
    [
      followUp('f-dana', '2026-01-05T09:00:00.000Z', { note: 'Send the Ohio article' }),
      followUp('f-sam', '2026-01-06T09:00:00.000Z', { personId: 'sam', note: 'Book a one-to-one' }),
    ],
    [person('dana', 'Dana Reyes'), person('sam', 'Sam Okafor')],
  )
  const store = memoryStore(journal)
  const pushed: PushEvent[] = []
  running = wireReminders({
    store: store as unknown as JournalStore,
    push: (e) => pushed.push(e),
    showWindow: () => window as unknown as BrowserWindow,
    platform,
  })
  return { store, pushed, window }
}

describe('reminder notifications', () => {
  it('show one OS notification per due follow-up: the person, the note', async () => {
    const { store } = wired('linux')
    await running!.scheduler.idle()
    expect(Notification.instances.map((n) => [n.options.title, n.options.body, n.shown])).toEqual([
      ['Dana Reyes', 'Send the Ohio article', true],
      ['Sam Okafor', 'Book a one-to-one', true],
    ])
    expect(store.journal.followUps.every((f) => f.notifiedAt)).toBe(true)
  })

  it('a click opens that person in the window, even after the window was hidden', async () => {
    const { window } = wired('linux')
    await running!.scheduler.idle()
    window.visible = false
    Notification.instances[1]!.emit('click')
    expect(window.visible).toBe(true)
    expect(window.focus).toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { type: 'navigate', to: '#/people/sam' })
  })

  it('a window still loading gets the navigation once it has loaded', async () => {
    const { window } = wired('linux', fakeWindow({ loading: true }))
    await running!.scheduler.idle()
    Notification.instances[0]!.emit('click')
    expect(window.webContents.send).not.toHaveBeenCalled()
    window.webContents.emit('did-finish-load')
    expect(window.webContents.send).toHaveBeenCalledWith(PUSH_CHANNEL, { type: 'navigate', to: '#/people/dana' })
  })

  it('also push followup:due events, for in-app notifications', async () => {
    const { pushed } = wired('linux')
    await running!.scheduler.idle()
    expect(pushed).toEqual([
      { type: 'followup:due', followUpId: 'f-dana', personId: 'dana', title: 'Dana Reyes', body: 'Send the Ohio article' },
      { type: 'followup:due', followUpId: 'f-sam', personId: 'sam', title: 'Sam Okafor', body: 'Book a one-to-one' },
    ])
  })

  it('set the Windows AppUserModelId on Windows only', () => {
    wired('win32')
    expect(app.setAppUserModelId).toHaveBeenCalledWith('app.kith.journal')
    running!.stop()
    resetFakeElectron()
    wired('darwin')
    expect(app.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('re-check on resume from sleep and on unlock', () => {
    wired('linux')
    expect(powerMonitor.listenerCount('resume')).toBe(1)
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(1)
  })

  it('keep shown notifications referenced until clicked, up to a limit', () => {
    const notifier = createNotifier({ open: vi.fn(), keep: 3 })
    const reminder = (i: number) => ({ kind: 'follow-up' as const, followUpId: `f${i}`, title: `T${i}`, body: '', to: '#/followups' })
    notifier.show([1, 2, 3, 4, 5].map(reminder))
    expect(notifier.kept).toBe(3)
    Notification.instances[4]!.emit('click')
    expect(notifier.kept).toBe(2)
  })
})
