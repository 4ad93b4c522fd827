import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Journal } from '../../shared/domain'
import { generateSampleJournal } from '../../shared/sample/generate'
import { startApp, type RunningApp } from './harness'
import { localDayDigits, typeDateTime } from './typing'

/** A new user's first evening with Kith: an event, three people, a coffee, two referrals. */
describe('the relationship timeline, as a new user', () => {
  let app: RunningApp
  let danaId = ''

  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  const main = () => app.page.getByRole('main')
  const dialog = (name: string) => app.page.getByRole('dialog', { name })
  const lane = (stage: string) => app.page.locator(`[data-lane="${danaId}"] [data-stage="${stage}"]`)

  it('starts empty and the timeline says how to begin', async () => {
    await app.page.getByRole('button', { name: 'Start an empty journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    await main().getByText('Nothing on your timeline yet').waitFor()
  })

  it('adds an event', async () => {
    await app.goto('#/events')
    await app.page.getByRole('button', { name: 'Add event' }).first().click()
    const form = dialog('Add an event')
    await form.getByRole('textbox', { name: /Title/ }).fill('Chamber after-hours mixer')
    // Yesterday at 6 PM, typed: always in the past, so the meeting is not in the future.
    const yesterday = new Date(Date.now() - 86_400_000)
    await typeDateTime(form.getByLabel(/^Starts/), localDayDigits(yesterday), '1800', 'date first')
    await form.getByLabel('Venue').fill('Riverside Hotel')
    await form.getByRole('button', { name: 'Add event' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Chamber after-hours mixer' }).waitFor()
  })

  it('quick-captures three people met there with the keyboard only', async () => {
    await main().getByRole('button', { name: 'Quick capture people met here' }).click()
    const form = dialog('Quick capture: people you met')
    await form.getByRole('textbox', { name: 'Name of person 1' }).waitFor()
    const keyboard = app.page.keyboard
    // The first name field has focus; Tab moves across a row, Enter starts the next person.
    for (const [name, company, talked] of [
      ['Dana Reyes', 'Reyes Landscaping', 'Expanding into Ohio'],
      ['Sam Ortiz', 'Ortiz CPAs', 'Tax season staffing'],
      ['Lee Chen', 'Chen Print', 'Trade-show banners'],
    ]) {
      await keyboard.type(name!)
      await keyboard.press('Tab')
      await keyboard.type(company!)
      await keyboard.press('Tab')
      await keyboard.type(talked!)
      if (name !== 'Lee Chen') await keyboard.press('Enter')
    }
    await keyboard.press('Control+Enter')
    await app.page.getByText('3 people captured.').waitFor()
    await main().getByRole('heading', { name: 'People met there (3)' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('logs a coffee with one of them', async () => {
    await main().getByRole('link', { name: 'Dana Reyes' }).first().click()
    await app.page.getByRole('heading', { level: 1, name: 'Dana Reyes' }).waitFor()
    danaId = app.page.url().split('/').pop()!
    await main().getByRole('button', { name: 'Log conversation' }).click()
    const form = dialog('Log a conversation')
    await form.getByRole('textbox', { name: /What we talked about/ }).fill('Coffee: her Ohio office lease')
    await form.getByRole('button', { name: 'Log conversation' }).click()
    await app.page.getByText('Coffee logged.').waitFor()
    await main().getByText('Coffee: her Ohio office lease').waitFor()
    await main().getByText('Followed up', { exact: true }).first().waitFor()
  })

  it('records a referral given and one received, and the stages move on her timeline', async () => {
    for (const [item, about, saved] of [
      ['I gave Dana Reyes a referral', 'A hotel needing its grounds redone', 'Referral given recorded.'],
      ['Dana Reyes gave me a referral', 'Her cousin needs a bookkeeper', 'Referral received recorded.'],
    ]) {
      await main().getByRole('button', { name: 'Record referral' }).click()
      await app.page.getByRole('menuitem', { name: item }).click()
      const form = dialog('Record a referral')
      await form.getByRole('textbox', { name: /About/ }).fill(about!)
      await form.getByRole('button', { name: 'Record referral' }).click()
      await app.page.getByText(saved!).waitFor()
    }
    const story = main().getByLabel('Their timeline')
    for (const stage of ['Met', 'Followed up', 'Referral given', 'Referral received']) await story.getByText(stage, { exact: true }).first().waitFor()
    await main().getByText('Even.').waitFor()
    expect(app.problems).toEqual([])
  })

  it('shows the stages as markers on her lane of the network timeline', async () => {
    await app.goto('#/timeline')
    await app.page.locator(`[data-lane="${danaId}"]`).waitFor()
    expect(await app.page.locator('[data-lane]').count()).toBe(3)
    for (const stage of ['met', 'followed-up', 'referral-given', 'referral-received']) expect(await lane(stage).count()).toBeGreaterThan(0)
    // A click on the lane opens the person.
    await app.page.locator(`[data-lane="${danaId}"]`).click({ position: { x: 600, y: 20 } })
    await app.page.getByRole('heading', { level: 1, name: 'Dana Reyes' }).waitFor()
  })

  it('finds people with Ctrl+K and logs a call with Ctrl+L from anywhere', async () => {
    await app.goto('#/events')
    await app.page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
    await app.page.keyboard.press('Control+k')
    const search = app.page.getByRole('textbox', { name: 'Search everything' })
    await search.waitFor()
    await search.fill('sam ort')
    await app.page.getByRole('button', { name: /Sam Ortiz/ }).waitFor()
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 1, name: 'Sam Ortiz' }).waitFor()

    // On a person's page the shortcut already knows who the call was with.
    await app.page.keyboard.press('Control+l')
    const form = dialog('Log a conversation')
    await form.getByRole('textbox', { name: /What we talked about/ }).fill('Call about tax season')
    await form.getByLabel('Kind').click()
    await app.page.getByRole('option', { name: 'Call' }).click()
    await form.getByRole('button', { name: 'Log conversation' }).click()
    await app.page.getByText('Call logged.').waitFor()
    await main().getByText('Call about tax season').waitFor()
    await app.goto(`#/people/${danaId}`)
    await app.page.getByRole('heading', { level: 1, name: 'Dana Reyes' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('finds it all again after a reload, and in the journal file on disk', async () => {
    await app.page.reload()
    await app.page.getByRole('heading', { level: 1, name: 'Dana Reyes' }).waitFor()
    await main().getByText('Coffee: her Ohio office lease').waitFor()
    await main().getByLabel('Their timeline').getByText('Referral received', { exact: true }).first().waitFor()
    await app.goto('#/timeline')
    await app.page.locator(`[data-lane="${danaId}"]`).waitFor()
    expect(await lane('referral-received').count()).toBeGreaterThan(0)

    await app.journal.store.flush()
    const onDisk = JSON.parse(readFileSync(app.journalPath, 'utf8')) as Journal
    const event = onDisk.events.find((e) => e.title === 'Chamber after-hours mixer')!
    expect(event.venue).toBe('Riverside Hotel')
    expect(onDisk.people.map((p) => p.name).sort()).toEqual(['Dana Reyes', 'Lee Chen', 'Sam Ortiz'])
    expect(onDisk.people.every((p) => p.howWeMet.eventId === event.id)).toBe(true)
    expect(onDisk.interactions.find((i) => i.kind === 'coffee')).toMatchObject({ personIds: [danaId], summary: 'Coffee: her Ohio office lease' })
    expect(onDisk.interactions.find((i) => i.kind === 'call')).toMatchObject({ summary: 'Call about tax season' })
    expect(
      onDisk.interactions
        .filter((i) => i.kind === 'met')
        .map((i) => i.summary)
        .sort(),
    ).toEqual(['Expanding into Ohio', 'Tax season staffing', 'Trade-show banners'])
    expect(onDisk.followUps).toHaveLength(3)
    expect(onDisk.referrals.map((r) => [r.direction, r.direction === 'given' ? r.toPersonId : r.fromPersonId, r.about])).toEqual([
      ['given', danaId, 'A hotel needing its grounds redone'],
      ['received', danaId, 'Her cousin needs a bookkeeper'],
    ])
    expect(app.problems).toEqual([])
  })
})

type Figures = {
  people: number
  coldOpenMs: number
  timelineFirstLaneMs: number
  timelineScrollMs: number
  timelineNodes: number
  timelineNodesAfterScroll: number
  peopleFirstRowMs: number
  peopleNodes: number
  peopleNodesAfterScroll: number
}

/** Opens the timeline and the people list on a generated journal of `people` people and scrolls both to the bottom. */
async function measure(people: number): Promise<Figures> {
  const now = new Date()
  const journal = generateSampleJournal({
    now,
    scale: { people, interactions: people * 10, events: Math.round(people * 0.4), referrals: people, followUps: people * 2 },
  })
  journal.settings.onboarded = true
  const journalPath = join(mkdtempSync(join(tmpdir(), 'kith-e2e-scale-')), 'journal.json')
  writeFileSync(journalPath, JSON.stringify(journal))
  const opening = Date.now()
  const app = await startApp({ journalPath })
  try {
    const { page } = app
    const nodes = () => page.evaluate(() => document.querySelectorAll('*').length)
    await page.locator('[data-lane]').first().waitFor({ timeout: 60_000 })
    // Journal read and validated, Chromium started, first lane drawn.
    const coldOpenMs = Date.now() - opening
    let started = Date.now()
    await page.reload()
    await page.locator('[data-lane]').first().waitFor({ timeout: 60_000 })
    const timelineFirstLaneMs = Date.now() - started
    const timelineNodes = await nodes()
    const scroller = page.getByLabel(/^Network timeline, \d+ relationships$/)
    await scroller.hover()
    const scrolling = Date.now()
    await page.mouse.wheel(0, 4000)
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
    // Two frames after the jump: the lanes at the bottom are drawn (a frozen page never gets here).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const timelineScrollMs = Date.now() - scrolling
    const lanesAfterScroll = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 300))
      return document.querySelectorAll('[data-lane]').length
    })
    expect(lanesAfterScroll).toBeGreaterThan(0)
    const timelineNodesAfterScroll = await nodes()

    started = Date.now()
    await app.goto('#/people')
    await page.getByRole('table').getByRole('link').first().waitFor({ timeout: 60_000 })
    const peopleFirstRowMs = Date.now() - started
    const peopleNodes = await nodes()
    const list = page.getByTestId('people-scroller')
    await list.hover()
    await page.mouse.wheel(0, 4000)
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight))
    await page.waitForTimeout(300)
    expect(await page.getByRole('table').getByRole('link').count()).toBeGreaterThan(0)
    const peopleNodesAfterScroll = await nodes()
    expect(app.problems).toEqual([])
    return {
      people,
      coldOpenMs,
      timelineFirstLaneMs,
      timelineScrollMs,
      timelineNodes,
      timelineNodesAfterScroll,
      peopleFirstRowMs,
      peopleNodes,
      peopleNodesAfterScroll,
    }
  } finally {
    await app.close()
  }
}

describe('a journal of 5,000 people', () => {
  it('opens and scrolls the timeline and the people list with as many DOM nodes as a journal of 200', { timeout: 240_000 }, async () => {
    const small = await measure(200)
    const large = await measure(5000)
    mkdirSync('.tmp', { recursive: true })
    writeFileSync('.tmp/timeline-scale.json', JSON.stringify({ small, large }, null, 2))
    console.log('timeline scale figures', JSON.stringify({ small, large }))
    // The DOM holds the lanes and rows in view, not the journal: a 25-fold journal may differ by
    // names, tags and markers in view (874 against 712 nodes was seen), never by a multiple.
    // The times are figures for reading, not assertions: speed is held by `npm run bench`.
    for (const key of ['timelineNodes', 'timelineNodesAfterScroll', 'peopleNodes', 'peopleNodesAfterScroll'] as const)
      expect(large[key]).toBeLessThan(small[key] * 1.6)
  })
})
