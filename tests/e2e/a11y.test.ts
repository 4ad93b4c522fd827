import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, settled } from './axe'
import { startApp, type RunningApp } from './harness'

/** The week of Sunday Nov 22, 2026, so the review and its summary have a fixed week. */
const NOW = new Date('2026-11-27T15:00:00.000Z')
const CONNECTIONS = resolve('tests/fixtures/exchange/ui/Connections.csv')

/** Every route in renderer/src/AppRoutes.tsx, with a record the sample journal holds, and the cheat sheet's print view. */
const ROUTES: [route: string, heading: string | RegExp][] = [
  ['#/timeline', 'Timeline'],
  ['#/people', 'People'],
  ['#/people/p-marcus-bell', 'Marcus Bell'],
  ['#/events', 'Events'],
  ['#/events/ev-conference', /./],
  ['#/events/ev-conference/cheat-sheet', /./],
  // What the print window shows and prints: the sheet alone, black on white in either theme.
  ['#/events/ev-conference/cheat-sheet?print=1&paper=A4', /./],
  ['#/followups', 'Follow-ups'],
  ['#/referrals', 'Referrals'],
  ['#/review', 'Weekly review'],
  ['#/review/history', /./],
  ['#/review/2026-11-22/summary', /^Weekly review: /],
  ['#/import', 'Import & export'],
  ['#/settings', 'Settings'],
  ['#/no-such-page', /./],
]

type Opener = (app: RunningApp) => Promise<void>
const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name }).waitFor()

/** Opens a dialog by its keyboard shortcut, once the page at `route` shows its `heading`. */
const byShortcut =
  (route: string, heading: string, keys: string, dialog: string): Opener =>
  async ({ goto, page }) => {
    await goto(route)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    await page.keyboard.press(keys)
    await dialogNamed(page, dialog)
  }

/** Every dialog and popover issue 16 lists, opened as a person would open it. */
const DIALOGS: [name: string, open: Opener][] = [
  ['log a conversation', byShortcut('#/people/p-marcus-bell', 'Marcus Bell', 'Control+l', 'Log a conversation')],
  ['quick capture', byShortcut('#/people', 'People', 'Control+j', 'Quick capture: people you met')],
  // The date and time are the browser's own field since the everyday-flows work (its picker is not
  // in the page, so not axe's to check): the dialog is checked with that field focused and filled.
  [
    'add event with its date and time field in use',
    async ({ goto, page }) => {
      await goto('#/events')
      await page.getByRole('button', { name: 'Add event' }).first().click()
      await dialogNamed(page, 'Add an event')
      const starts = page.getByRole('dialog', { name: 'Add an event' }).getByLabel('Starts')
      await starts.fill('2026-12-10T18:00')
      await starts.focus()
    },
  ],
  [
    'capture a note with its proposals',
    async ({ goto, page }) => {
      await goto('#/timeline')
      await page.getByRole('button', { name: 'Capture a note' }).click()
      await dialogNamed(page, 'Capture a note')
      await page.getByRole('textbox', { name: /What happened/ }).fill('Met Grace Liu and Marcus Bell at the leads group breakfast; follow up Friday')
      await page.getByRole('group', { name: 'What Kith read in your note' }).waitFor()
    },
  ],
  [
    'search with results',
    async ({ goto, page }) => {
      await goto('#/timeline')
      await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
      await page.keyboard.press('Control+k')
      await page.getByRole('textbox', { name: 'Search everything' }).fill('marcus')
      // Conversation hits also say with whom: the person's own hit is the one that starts with the name.
      await page.getByRole('button', { name: /^Marcus Bell/ }).waitFor()
    },
  ],
  [
    'merge',
    async ({ goto, page }) => {
      await goto('#/people')
      await page.getByRole('checkbox', { name: 'Select Marcus Bell' }).check()
      await page
        .getByRole('checkbox', { name: /^Select / })
        .nth(1)
        .check()
      await page.getByRole('button', { name: 'Merge selected' }).click()
      await dialogNamed(page, 'Merge duplicates')
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Merge into/ })
        .waitFor()
    },
  ],
  [
    'restore a backup',
    async ({ goto, page }) => {
      await goto('#/settings')
      await page
        .getByRole('button', { name: /^Restore the backup from/ })
        .first()
        .click()
      await dialogNamed(page, 'Restore this backup?')
    },
  ],
  [
    'import preview',
    async ({ goto, page }) => {
      await goto('#/import')
      await page.getByRole('heading', { level: 1, name: 'Import & export' }).waitFor()
      await page.locator('input[type=file]').setInputFiles(CONNECTIONS)
      await page.getByRole('heading', { name: 'Preview of Connections.csv' }).waitFor()
    },
  ],
  [
    'plan a follow-up',
    async ({ goto, page }) => {
      await goto('#/followups')
      await page.getByRole('button', { name: 'Plan a follow-up' }).first().click()
      await dialogNamed(page, 'Plan a follow-up')
    },
  ],
  [
    'a cluster of timeline markers, open, with the lanes grouped by event',
    async ({ goto, page }) => {
      await goto('#/timeline')
      await page.getByRole('slider', { name: 'Span shown' }).waitFor()
      await page.getByRole('combobox', { name: 'Group by' }).click()
      await page.getByRole('option', { name: 'Event met at' }).click()
      await page.locator('[data-group]').first().waitFor()
      const zoom = page.getByRole('group', { name: 'Zoom' })
      await zoom.getByRole('button', { name: 'Everything', exact: true }).click()
      await zoom.getByRole('button', { name: 'Zoom out', exact: true }).click()
      await page.locator('[data-cluster]').first().click()
      await page.getByRole('dialog', { name: /markers/ }).waitFor()
    },
  ],
  [
    "an event's goals being written on its page",
    async ({ goto, page }) => {
      await goto('#/events/ev-conference')
      await page.getByRole('button', { name: /^(Add|Change) goals$/ }).click()
      await page.getByRole('textbox', { name: 'My goals' }).waitFor()
    },
  ],
  [
    'a select dropdown',
    async ({ goto, page }) => {
      await goto('#/people')
      await page.getByRole('combobox', { name: 'Stage' }).click()
      await page.getByRole('listbox').waitFor()
    },
  ],
]

/** Closes whatever the opener left open, so the next check starts from a plain page. */
async function closeAll(page: Page) {
  // Visible ones only: a closed dialog may stay in the page, hidden.
  const open = page.locator('[role=dialog], [data-dates-dropdown], [role=listbox]').filter({ visible: true })
  const discard = page.getByRole('dialog', { name: 'Discard what you typed?' })
  // What is open, as one string: each step waits for it to change, so a slow page never gets two Escapes for one.
  const state = async () => `${await open.count()}:${await discard.count()}`
  for (let i = 0; i < 8 && (await open.count()) > 0; i++) {
    const before = await state()
    // A dialog holding typed text asks before Escape drops it: the test's typing may go.
    if (await discard.count()) await discard.getByRole('button', { name: 'Discard' }).click()
    else await page.keyboard.press('Escape')
    await expect.poll(state).not.toBe(before)
  }
  expect(await open.count(), 'every dialog and list the check opened is closed again').toBe(0)
}

describe('WCAG 2.2 AA (axe-core 4.14) on every page and dialog, light and dark', () => {
  let app: RunningApp
  const firstRun: Record<string, string[]> = {}

  beforeAll(async () => {
    app = await startApp({ bypassCSP: true, now: () => NOW })
    // No fades: axe measures colours as drawn, and a dialog caught mid-fade reads too pale.
    await app.page.emulateMedia({ reducedMotion: 'reduce' })
    await app.page.clock.setFixedTime(NOW)
    await app.page.reload()
    await app.page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor()
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      firstRun[scheme] = await axeViolations(app.page)
    }
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    // A backup to offer in Settings, so the restore dialog can be opened.
    await app.journal.store.backupNow('daily')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('passes axe best practices too (landmarks, regions) while a dialog is open', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' })
    await DIALOGS[0]![1](app)
    await settled(app.page)
    const found = await axeViolations(app.page, ['best-practice'])
    await closeAll(app.page)
    expect(found).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme} theme`, () => {
      beforeAll(async () => {
        await app.page.emulateMedia({ colorScheme: scheme })
      })

      it('the first-run page', () => {
        expect(firstRun[scheme]).toEqual([])
      })

      it.each(ROUTES)('%s', async (route, heading) => {
        await app.goto(route)
        await app.page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
        await settled(app.page)
        expect(await axeViolations(app.page)).toEqual([])
      })

      it.each(DIALOGS)('%s', async (_name, open) => {
        await open(app)
        await settled(app.page)
        const found = await axeViolations(app.page)
        await closeAll(app.page)
        expect(found).toEqual([])
      })
    })
  }
})
