import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'

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
    const onDisk = JSON.parse(readFileSync(app.journalPath, 'utf8')) as { people: unknown[]; events: { title: string; kind: string }[]; settings: { onboarded: boolean } }
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

  it('refuses an API call without the token', async () => {
    const status = await app.page.evaluate(async () => (await fetch('/api/people:list', { method: 'POST', body: '{}' })).status)
    expect(status).toBe(403)
  })
})
