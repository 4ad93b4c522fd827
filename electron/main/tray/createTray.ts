import { Menu, Tray } from 'electron'
import type { Handlers } from '../../../shared/api/contract'
import { localOffset, type UtcOffset } from '../../../shared/derive/followUps'
import { weekStartsOnForLocale, type Weekday } from '../../../shared/derive/review/calendar'
import type { ChangeSource, JournalStore } from '../journal/journalStore'
import { trayIcon } from './trayIcon'
import { trayMenuTemplate, trayState, trayTooltip, type TrayActions } from './trayMenu'

export type TrayOptions = {
  store: Pick<JournalStore, 'journal'> & ChangeSource
  handlers: Pick<Handlers, 'followups:snooze' | 'followups:done'>
  /** Shows the window at a route ("#/people/p1"). */
  open: (to: string) => void
  showWindow: () => void
  quickAdd: () => void
  quit: () => void
  now?: () => Date
  offset?: UtcOffset
  /** The first day of the week, as the weekly review counts it: "next week" starts there. */
  weekStartsOn?: Weekday
  platform?: NodeJS.Platform
  onError?: (error: unknown) => void
}

export type KithTray = { tray: Tray; refresh(): void; destroy(): void }

const MINUTE = 60_000

/**
 * The tray icon, present whenever Kith runs. Its tooltip and menu are rebuilt from the
 * journal on every change, and each minute so "due" stays true as time passes.
 */
export function createTray(options: TrayOptions): KithTray {
  const now = options.now ?? (() => new Date())
  const offset = options.offset ?? localOffset
  const weekStartsOn = options.weekStartsOn ?? weekStartsOnForLocale(Intl.DateTimeFormat().resolvedOptions().locale)
  const onError = options.onError ?? ((error: unknown) => console.error('Kith tray:', error))
  const tray = new Tray(trayIcon(options.platform ?? process.platform))

  // A menu click must never become an unhandled rejection: the error is reported instead.
  const safely = (run: () => unknown) => {
    Promise.resolve().then(run).catch(onError)
  }
  const actions: TrayActions = {
    openPerson: (personId) => options.open(`#/people/${personId}`),
    openFollowUps: () => options.open('#/followups'),
    snooze: (id, until) => safely(() => options.handlers['followups:snooze']({ id, until: until.toISOString() })),
    done: (id) => safely(() => options.handlers['followups:done']({ id })),
    quickAdd: () => options.quickAdd(),
    startWeeklyReview: () => options.open('#/review'),
    openKith: () => options.showWindow(),
    quit: () => options.quit(),
  }

  const refresh = () => {
    const at = now()
    const state = trayState(options.store.journal, at)
    tray.setToolTip(trayTooltip(state))
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, actions, at, offset, weekStartsOn)))
  }

  refresh()
  const unsubscribe = options.store.onChange(refresh)
  const ticker = setInterval(refresh, MINUTE)
  ticker.unref?.()
  // Windows and most Linux trays: a left click opens Kith (the menu is on right click).
  tray.on('click', () => options.showWindow())

  return {
    tray,
    refresh,
    destroy() {
      clearInterval(ticker)
      unsubscribe()
      tray.destroy()
    },
  }
}
