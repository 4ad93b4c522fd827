import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'

/**
 * How many API calls one edit costs a page: every call the page sends to the bridge after the
 * write, counted at the network (each call is a POST to `/api/<channel>`). The page has settled
 * once the edit is on screen and no call is in flight, even after the page had a turn to start more.
 * Issue 17 saw 11+ calls on a person page after one edit, `people:timeline` three times.
 */
const MOST_CALLS_PER_EDIT = 4
/** A Friday afternoon in the week of Sunday Nov 22, 2026: the review's "this week". */
const NOW = new Date('2026-11-27T15:00:00.000Z')

/** The calls sent since recording began, and those still waiting for their answer. */
type CallLog = { channels: string[]; pending: Set<Request>; changed: Array<() => void> }

const channelOf = (request: Request) => new URL(request.url()).pathname.slice('/api/'.length)

function recordCalls(page: Page): CallLog {
  const log: CallLog = { channels: [], pending: new Set(), changed: [] }
  const isCall = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/api/')
  const wake = () => {
    for (const resolve of log.changed.splice(0)) resolve()
  }
  page.on('request', (request) => {
    if (!isCall(request)) return
    log.channels.push(channelOf(request))
    log.pending.add(request)
    wake()
  })
  // A call is answered once its response arrives, whichever of these events comes first; only
  // calls seen starting are tracked, so one begun before recording cannot unbalance the count.
  const answered = (request: Request) => {
    if (log.pending.delete(request)) wake()
  }
  page.on('response', (response) => answered(response.request()))
  page.on('requestfinished', answered)
  page.on('requestfailed', answered)
  return log
}

/** Waits for the log to change, failing with the calls still unanswered if it does not within `ms`. */
function logChange(log: CallLog, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`calls still unanswered after ${ms / 1000} s: ${[...log.pending].map(channelOf).join(', ')}`)), ms)
    log.changed.push(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** No call in flight, and none started after the page had a frame and a task to start one. */
async function settled(page: Page, log: CallLog): Promise<void> {
  for (;;) {
    while (log.pending.size > 0) await logChange(log, 20_000)
    const seen = log.channels.length
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
    if (log.channels.length === seen && log.pending.size === 0) return
  }
}

/** Runs `edit`, waits for `visible` and the page to settle; returns the calls after the write `write`. */
async function callsAfter(page: Page, log: CallLog, write: string, edit: () => Promise<void>, visible: () => Promise<void>): Promise<string[]> {
  await settled(page, log)
  const from = log.channels.length
  await edit()
  await visible()
  await settled(page, log)
  const calls = log.channels.slice(from)
  const at = calls.indexOf(write)
  expect(at, `the edit sends ${write}`).toBeGreaterThanOrEqual(0)
  return calls.slice(at + 1)
}

const repeated = (calls: string[]) => calls.filter((channel, index) => calls.indexOf(channel) !== index)

function report(page: string, calls: string[]) {
  console.log(`calls per edit, ${page}: ${calls.length} [${calls.join(', ')}]`)
}

describe('API calls per edit', () => {
  let app: RunningApp
  let log: CallLog
  const changeEvents: object[] = []

  beforeAll(async () => {
    app = await startApp({ now: () => NOW })
    await app.page.clock.setFixedTime(NOW)
    await app.page.reload()
    log = recordCalls(app.page)
    const push = app.bridge.push.bind(app.bridge)
    app.bridge.push = (event) => {
      changeEvents.push(event)
      push(event)
    }
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })
  afterAll(() => app?.close())

  it('the person page: planning a follow-up', async () => {
    const page = app.page
    await app.goto('#/people/p-noah-williams')
    await page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    const note = 'Send Noah the Ohio article'
    const quickAdd = page.getByRole('form', { name: 'Plan a follow-up with Noah Williams' })
    const calls = await callsAfter(
      page,
      log,
      'followups:create',
      async () => {
        await quickAdd.getByRole('textbox', { name: 'What to do' }).fill(note)
        await quickAdd.getByRole('button', { name: 'Plan' }).click()
      },
      // The planned follow-up is listed in the page's Follow-ups section once the page has reloaded it.
      () => page.getByRole('main').getByText(note, { exact: true }).first().waitFor(),
    )
    report('person page', calls)
    expect(repeated(calls)).toEqual([])
    // The change event names the parts of the journal it touched (journalChangedEvent), so only the
    // queries that read them ask again (journalChanges.ts).
    expect(changeEvents.some((event) => 'changed' in event)).toBe(true)
    expect(calls.length).toBeLessThanOrEqual(MOST_CALLS_PER_EDIT)
  })

  it('the timeline: a quick capture of two people', async () => {
    const { page } = app
    await app.goto('#/timeline')
    const counted = page.getByText(/^[\d,]+ people in your journal$/)
    const before = Number((await counted.textContent())!.replace(/\D/g, ''))
    await page.getByText(/^[\d,]+ lanes$/).waitFor()
    const calls = await callsAfter(
      page,
      log,
      'people:capture',
      async () => {
        await page.getByRole('button', { name: 'Quick capture', exact: true }).click()
        const form = page.getByRole('dialog', { name: 'Quick capture: people you met' })
        await form.getByRole('textbox', { name: 'Name of person 1' }).fill('Ada Quill')
        await form.getByRole('button', { name: 'Add a row' }).click()
        await form.getByRole('textbox', { name: 'Name of person 2' }).fill('Ben Quill')
        await form.getByRole('button', { name: 'Save everyone' }).click()
      },
      async () => {
        await page.getByText(`${(before + 2).toLocaleString('en-US')} people in your journal`).waitFor()
        await page.getByRole('dialog', { name: 'Quick capture: people you met' }).waitFor({ state: 'detached' })
      },
    )
    report('timeline', calls)
    expect(repeated(calls)).toEqual([])
    // One more when the change arrives while the capture dialog is still open: its namesake list (people:list).
    expect(calls.length).toBeLessThanOrEqual(MOST_CALLS_PER_EDIT + 1)
  })

  it('the weekly review: a follow-up for someone met this week', async () => {
    const { page } = app
    await app.journal.handlers['people:create']({ name: 'Rosa Alvarez', company: 'Alvarez Bakery', metOn: '2026-11-24' })
    await app.goto('#/review')
    await page.getByRole('heading', { level: 2, name: 'The week in numbers' }).waitFor()
    await page.getByRole('button', { name: /^Next:/ }).click()
    const rosa = page.getByRole('article', { name: 'Rosa Alvarez' })
    await rosa.getByText('No follow-up scheduled').waitFor()
    const calls = await callsAfter(
      page,
      log,
      'followups:create',
      () => rosa.getByRole('button', { name: 'Follow up in 3 days' }).click(),
      () => rosa.getByText('No follow-up scheduled').waitFor({ state: 'detached' }),
    )
    report('weekly review', calls)
    expect(repeated(calls)).toEqual([])
    expect(calls.length).toBeLessThanOrEqual(MOST_CALLS_PER_EDIT)
    expect(app.problems).toEqual([])
  })
})
