import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'
import { expectFocus, tabTo } from './keyboard'

/** Friday Nov 27, 2026: the review has a fixed week. */
const NOW = new Date('2026-11-27T15:00:00.000Z')
const SHOTS = '.tmp/shots'

/** Issue 16: the everyday flows with keys only, checking where the focus is after each step. */
describe('Kith with the keyboard only', () => {
  let app: RunningApp
  const h1 = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name })
  const nav = (name: string) => app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })
  const main = () => app.page.getByRole('main')
  const stored = () => app.journal.store.journal
  /** The page as it is now, light and dark, for a person to look at (.tmp/shots). */
  const shootFocus = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme })
      await app.page.screenshot({ path: `${SHOTS}/a11y-${name}-${colorScheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await startApp({ now: () => NOW })
    await app.page.clock.setFixedTime(NOW)
    await app.page.reload()
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await h1('Timeline').waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens a person: skip link, navigation, the page heading, search, the person', async () => {
    const { page } = app
    await page.keyboard.press('Tab')
    await expectFocus(page, page.getByRole('link', { name: 'Skip to content' }))
    await tabTo(page, nav('People'))
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('People'))

    const search = main().getByRole('textbox', { name: 'Search' })
    expect(await tabTo(page, search)).toBeLessThanOrEqual(3)
    await page.keyboard.type('Marcus Bell')
    // Past the Tag, Stage, Company and Sort lists: none opens just because Tab went through it.
    const noListOpen = async () => expect(await page.getByRole('listbox').filter({ visible: true }).count()).toBe(0)
    await tabTo(page, main().getByRole('link', { name: 'Marcus Bell' }), { atEachStop: noListOpen })
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Marcus Bell'))
  })

  it('logs a conversation: Ctrl+L, type, Ctrl+Enter, and the focus is back where it was', async () => {
    const { page } = app
    const before = stored().interactions.length
    await page.keyboard.press('Control+l')
    const dialog = page.getByRole('dialog', { name: 'Log a conversation' })
    await expectFocus(page, dialog.getByRole('textbox', { name: /What we talked about/ }))
    await page.keyboard.type('Coffee: his plans for a second office')
    await page.keyboard.press('Control+Enter')
    await page.getByText('Coffee logged.').waitFor()
    await dialog.waitFor({ state: 'detached' })
    await expectFocus(page, h1('Marcus Bell'))
    expect(stored().interactions.length).toBe(before + 1)
    expect(stored().interactions.at(-1)).toMatchObject({ summary: 'Coffee: his plans for a second office', personIds: ['p-marcus-bell'] })
  })

  it('plans a follow-up from his page with Ctrl+Enter, the focus staying in the form', async () => {
    const { page } = app
    const days = main().getByRole('textbox', { name: 'Days from now' })
    await tabTo(page, days)
    await page.keyboard.press('Control+a')
    await page.keyboard.type('5')
    await page.keyboard.press('Tab')
    const what = main().getByRole('textbox', { name: 'What to do' })
    await expectFocus(page, what)
    await page.keyboard.type('Send him the office-lease checklist')
    await page.keyboard.press('Control+Enter')
    await page.getByText(/^Follow-up with Marcus Bell planned for /).waitFor()
    await expectFocus(page, what)
    expect(await what.inputValue()).toBe('')
    expect(stored().followUps.some((f) => f.personId === 'p-marcus-bell' && f.note === 'Send him the office-lease checklist')).toBe(true)
  })

  it('gives the focus back to the button that opened a dialog when it closes', async () => {
    const { page } = app
    await tabTo(page, nav('Follow-ups'), { back: true, most: 60 })
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Follow-ups'))
    const opener = main().getByRole('button', { name: 'Plan a follow-up' }).first()
    await tabTo(page, opener)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Plan a follow-up' })
    await dialog.waitFor()
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role=dialog]')))).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expectFocus(page, opener)
  })

  it('walks the weekly review step by step, the focus on each step title, and saves it with Ctrl+Enter', { timeout: 120_000 }, async () => {
    const { page } = app
    await tabTo(page, nav('Weekly review'), { back: true, most: 60 })
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Weekly review'))
    const next = main().getByRole('button', { name: /^Next: / })
    for (const title of ['New people this week', 'Going cold', 'Overdue follow-ups', 'Give and take', "Next week's events", 'Reflection']) {
      await tabTo(page, next, { most: 80 })
      await page.keyboard.press('Enter')
      await expectFocus(page, main().getByRole('heading', { level: 2, name: title }))
    }
    await tabTo(page, main().getByRole('textbox', { name: /What went well/ }))
    await page.keyboard.type('Marcus and I finally had that coffee.')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Call two people who are going cold.')
    await page.keyboard.press('Control+Enter')
    await page.getByText('Review saved. See you next week!').waitFor()
    await expectFocus(page, main().getByRole('heading', { level: 2, name: 'Week reviewed' }))
    expect(stored().reviews.find((r) => r.weekStart === '2026-11-22')?.completedAt).toBeTruthy()
  })

  it('prints the cheat sheet: search for the event, open its cheat sheet, Print…', async () => {
    const { page } = app
    await page.keyboard.press('Control+k')
    const search = page.getByRole('textbox', { name: 'Search everything' })
    await expectFocus(page, search)
    await page.keyboard.type('Midwest Growth')
    await page.getByRole('button', { name: /Midwest Growth Conference/ }).waitFor()
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Midwest Growth Conference'))
    await tabTo(page, main().getByRole('link', { name: 'Cheat sheet' }))
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Cheat sheet: Midwest Growth Conference'))
    // The bridge has no printer, so Print… opens the browser's dialog; headless Chromium has none.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', 'yes')
    })
    const print = main().getByRole('button', { name: 'Print…' })
    await tabTo(page, print)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.documentElement.getAttribute('data-test-printed') === 'yes')
    await expectFocus(page, print)
    expect(app.problems).toEqual([])
  })

  it('reads the timeline by keyboard: one Tab stop, arrows along a lane and between lanes, each marker named', async () => {
    const { page } = app
    await tabTo(page, nav('Timeline'), { back: true, most: 60 })
    await page.keyboard.press('Enter')
    await expectFocus(page, h1('Timeline'))
    const stop = (lane: number, item: number) => main().locator(`[data-lane-index="${lane}"] [data-stop="${item}"]`)
    const first = stop(0, 0)
    await tabTo(page, first, { most: 30 })
    const firstName = (await first.textContent())!
    await page.keyboard.press('ArrowRight')
    await expectFocus(page, stop(0, 1))
    // Its name says whose lane, what happened and when; the tooltip shows the same to sighted users.
    expect(await stop(0, 1).getAttribute('aria-label')).toMatch(new RegExp(`^${firstName}: .+, .+\\d{4}$`))
    await page.getByRole('tooltip').waitFor()
    await shootFocus('timeline-marker-focus')
    await page.keyboard.press('End')
    const markers = await main().locator('[data-lane-index="0"] [data-stop]').count()
    await expectFocus(page, stop(0, markers - 1))
    await page.keyboard.press('ArrowDown')
    await expectFocus(page, main().locator('[data-lane-index="1"] [data-stop]:focus'))
    // The last lane is far below the virtual list's drawn rows: it is scrolled in, then focused.
    await page.keyboard.press('Control+End')
    const lanes = Number(
      /(\d+) relationships/.exec(
        (await main()
          .getByLabel(/^Network timeline, /)
          .getAttribute('aria-label'))!,
      )![1],
    )
    expect(lanes).toBeGreaterThan(20)
    await expectFocus(page, main().locator(`[data-lane-index="${lanes - 1}"] [data-stop]:focus`))
    await page.keyboard.press('Control+Home')
    await expectFocus(page, first)
    // Only one stop of the whole timeline is in the Tab order.
    expect(await main().locator('[data-lane-index] [tabindex="0"]').count()).toBe(1)
    await page.keyboard.press('Enter')
    await expectFocus(page, h1(firstName))
  })
})
