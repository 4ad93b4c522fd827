import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'
import { localDayDigits, typeDateTime } from './typing'

/** The built renderer in Chromium, the real journal service behind the bridge: what a user does on day one. */
describe('Kith in the browser', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the welcome screen on first run', async () => {
    await app.page.getByRole('heading', { name: 'Welcome to Kith' }).waitFor()
    expect(await app.page.getByRole('button', { name: 'Start an empty journal' }).isVisible()).toBe(true)
    expect(await app.page.getByRole('button', { name: 'Load the sample journal' }).isVisible()).toBe(true)
  })

  it('loads the sample journal and lands on the timeline', async () => {
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    expect(app.page.url()).toContain('#/timeline')
    // The feed shows the sample's history, not the empty state.
    await app.page.getByText('25 people').waitFor()
    expect(await app.page.getByText('Nothing on your timeline yet').count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('writes the sample to the journal file on disk', async () => {
    await app.journal.store.flush()
    const onDisk = JSON.parse(readFileSync(app.journalPath, 'utf8')) as {
      people: unknown[]
      events: { title: string; kind: string }[]
      settings: { onboarded: boolean }
    }
    expect(onDisk.people).toHaveLength(25)
    expect(onDisk.events.some((e) => e.kind === 'conference' && e.title === 'Midwest Growth Conference')).toBe(true)
    expect(onDisk.settings.onboarded).toBe(true)
  })

  const routes: [string, string][] = [
    ['#/', 'Timeline'],
    ['#/timeline', 'Timeline'],
    ['#/people', 'People'],
    ['#/people/p-noah-williams', 'Noah Williams'],
    ['#/events', 'Events'],
    ['#/events/ev-conference', 'Midwest Growth Conference'],
    ['#/events/ev-conference/cheat-sheet', 'Cheat sheet: Midwest Growth Conference'],
    ['#/followups', 'Follow-ups'],
    ['#/review', 'Weekly review'],
    ['#/settings', 'Settings'],
    ['#/no/such/page', 'Page not found'],
  ]

  it.each(routes)('opens %s without errors and shows its heading', async (route, heading) => {
    await app.goto(route)
    await app.page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
    expect(app.problems).toEqual([])
  })

  it('opens a person from the people list', async () => {
    await app.goto('#/people')
    const first = app.page.getByRole('table').getByRole('link').first()
    const name = (await first.textContent()) ?? ''
    await first.click()
    await app.page.getByRole('heading', { level: 1, name }).waitFor()
    await app.page.getByRole('heading', { name: 'How we met' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('adds a person through the form and opens their page', async () => {
    await app.goto('#/people')
    await app.page.getByRole('button', { name: 'Add person' }).first().click()
    const dialog = app.page.getByRole('dialog', { name: 'Add a person' })
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Rosa Alvarez')
    await dialog.getByLabel('Company').fill('Alvarez Bakery')
    await dialog.getByRole('button', { name: 'Add person' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Rosa Alvarez' }).waitFor()
    expect(app.page.url()).toMatch(/#\/people\/[\w-]+$/)
    await app.goto('#/people')
    await app.page.getByRole('link', { name: 'Rosa Alvarez' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('adds an event with a typed date and time and opens its page', async () => {
    await app.goto('#/events')
    await app.page.getByRole('button', { name: 'Add event' }).first().click()
    const dialog = app.page.getByRole('dialog', { name: 'Add an event' })
    await dialog.getByRole('button', { name: 'Add event' }).click()
    await dialog.getByText(/When does it start\?/).waitFor()
    await dialog.getByRole('textbox', { name: /Title/ }).fill('Rotary lunch')
    const fifteenth = new Date()
    fifteenth.setDate(15)
    await typeDateTime(dialog.getByLabel(/^Starts/), localDayDigits(fifteenth), '1800', 'date first')
    await dialog.getByRole('button', { name: 'Add event' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Rotary lunch' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('switches to the dark theme from Settings and keeps the choice in the journal', async () => {
    await app.goto('#/settings')
    await app.page.getByRole('main').getByText('Dark', { exact: true }).click()
    await app.page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'dark')
    await expect.poll(async () => (await app.journal.handlers['settings:get']({})).theme).toBe('dark')
    await app.page.reload()
    await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    expect(await app.page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe('dark')
    expect(app.problems).toEqual([])
  })

  it('lets a keyboard user skip the navigation', async () => {
    await app.goto('#/people')
    // A fresh load: after navigating inside the app the focus is already on the page's heading.
    await app.page.reload()
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await app.page.keyboard.press('Tab')
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await app.page.keyboard.press('Enter')
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('main-content')
    expect(app.page.url()).toContain('#/people')
  })

  it('refuses an API call without the token', async () => {
    const status = await app.page.evaluate(async () => (await fetch('/api/people:list', { method: 'POST', body: '{}' })).status)
    expect(status).toBe(403)
  })
})
