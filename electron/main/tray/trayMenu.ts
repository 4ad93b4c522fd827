import type { FollowUp, Journal } from '../../../shared/domain'
import type { Weekday } from '../../../shared/derive/review/calendar'
import { effectiveDueMs, localFields, overdueOrDue, pendingFollowUps, snoozeChoices, type UtcOffset } from '../../../shared/derive/followUps'

/**
 * A menu item as plain data: the same shape as Electron's MenuItemConstructorOptions
 * (which it is passed to), so the menu is built and tested without Electron.
 */
export type TrayMenuItem = { type: 'separator' } | { label: string; enabled?: boolean; click?: () => void; submenu?: TrayMenuItem[] }

export type TrayActions = {
  openPerson(personId: string): void
  openFollowUps(): void
  snooze(followUpId: string, until: Date): void
  done(followUpId: string): void
  quickAdd(): void
  startWeeklyReview(): void
  openKith(): void
  quit(): void
}

export type TrayFollowUp = { id: string; personId?: string; name: string; note: string; dueAt: number; due: boolean }
export type TrayState = { dueCount: number; next: TrayFollowUp[] }

/** What the tray shows: how many are due now, and the next few pending (due ones first). */
export function trayState(journal: Pick<Journal, 'followUps' | 'people'>, now: Date, limit = 5): TrayState {
  const names = new Map(journal.people.map((p) => [p.id, p.name]))
  const t = now.getTime()
  const toItem = (f: FollowUp): TrayFollowUp => ({
    id: f.id,
    personId: f.personId && names.has(f.personId) ? f.personId : undefined,
    name: (f.personId && names.get(f.personId)) || 'Follow-up',
    note: f.note,
    dueAt: effectiveDueMs(f),
    due: effectiveDueMs(f) <= t,
  })
  return { dueCount: overdueOrDue(journal, now).length, next: pendingFollowUps(journal).slice(0, limit).map(toItem) }
}

export function trayTooltip(state: TrayState): string {
  if (state.dueCount === 0) return 'Kith: no follow-ups due'
  return `Kith: ${state.dueCount} follow-up${state.dueCount === 1 ? '' : 's'} due`
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number) => String(n).padStart(2, '0')

/** "due", "today 15:00", "Tue 09:00", "12 Jan": short enough for a menu. */
export function whenLabel(item: TrayFollowUp, now: Date, offset: UtcOffset): string {
  if (item.due) return 'due'
  const at = new Date(item.dueAt)
  const due = localFields(at, offset)
  const today = localFields(now, offset)
  const time = `${pad(Math.floor(due.minutes / 60))}:${pad(due.minutes % 60)}`
  const days = Math.round((Date.UTC(due.year, due.month, due.day) - Date.UTC(today.year, today.month, today.day)) / 86_400_000)
  if (days === 0) return `today ${time}`
  if (days === 1) return `tomorrow ${time}`
  if (days < 7) return `${WEEKDAYS[due.weekday]} ${time}`
  return `${due.day} ${MONTHS[due.month]}`
}

/** Menus show labels raw, except "&" which Windows turns into an accelerator. */
const menuText = (text: string, max = 60) => {
  const oneLine = text.replace(/\s+/g, ' ').trim().replace(/&/g, '&&')
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions, now: Date, offset: UtcOffset, weekStartsOn: Weekday): TrayMenuItem[] {
  const header: TrayMenuItem = {
    label: state.dueCount === 0 ? 'No follow-ups due' : `${state.dueCount} follow-up${state.dueCount === 1 ? '' : 's'} due`,
    click: () => actions.openFollowUps(),
  }
  const snoozes = snoozeChoices(now, weekStartsOn, offset)
  const items: TrayMenuItem[] = state.next.map((item) => ({
    label: menuText(`${item.name} (${whenLabel(item, now, offset)})${item.note ? `: ${item.note}` : ''}`),
    submenu: [
      item.personId
        ? { label: `Open ${menuText(item.name, 40)}`, click: () => actions.openPerson(item.personId!) }
        : { label: 'Open follow-ups', click: () => actions.openFollowUps() },
      { type: 'separator' },
      ...snoozes.map((choice) => ({ label: choice.label, click: () => actions.snooze(item.id, choice.until) })),
      { type: 'separator' },
      { label: 'Done', click: () => actions.done(item.id) },
    ],
  }))
  return [
    header,
    ...items,
    { type: 'separator' },
    { label: 'Quick add…', click: () => actions.quickAdd() },
    { label: 'Start weekly review', click: () => actions.startWeeklyReview() },
    { type: 'separator' },
    { label: 'Open Kith', click: () => actions.openKith() },
    { label: 'Quit Kith', click: () => actions.quit() },
  ]
}
