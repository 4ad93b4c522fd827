/**
 * The window `npm run dev` opens, minus Electron itself: the real `npm run dev` (with a stand-in
 * Electron that stays up like a window) serves the renderer from electron-vite's dev server, and
 * Chromium loads it with a `window.kith` that, like the preload, carries each contract call to the
 * real journal service. This is the path a developer meets first and no production build covers:
 * the dev server's module graph, React Refresh's preamble under Kith's CSP, Mantine's CSS in dev.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/api/channels'
import { dispatch } from '../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../electron/main/journal/openJournal'
import { cleanEnv, installStandIn } from '../launch/tempProject'
import { CHROMIUM, FLAGS } from './harness'

let folder: string
let devServer: ChildProcess
let journal: OpenJournal
let browser: Browser
let page: Page
const problems: string[] = []

/** Runs in the page before its scripts: the preload's `window.kith`, over a Playwright binding instead of IPC. */
function preloadStandIn(channels: readonly string[]) {
  type Envelope = { ok: true; value: unknown } | { ok: false; error: { message: string; field?: string } }
  const page = window as unknown as { __kithInvoke(channel: string, input: unknown): Promise<Envelope>; __kithPush(event: unknown): void; kith: unknown }
  const listeners = new Set<(event: unknown) => void>()
  page.__kithPush = (event) => listeners.forEach((listener) => listener(event))
  const api: Record<string, unknown> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    const calls = (api[domain] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>
    calls[verb] = async (input) => {
      const answer = await page.__kithInvoke(channel, input ?? {})
      if (answer.ok) return answer.value
      throw Object.assign(new Error(answer.error.message), { name: 'KithApiError', field: answer.error.field })
    }
  }
  api.onEvent = (listener: (event: unknown) => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  page.kith = Object.freeze(api)
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kith-dev-renderer-'))
  journal = await openJournal(join(folder, 'journal.json'))
  await journal.handlers['journal:loadSample']({})

  const report = join(folder, 'stand-in.json')
  const env = cleanEnv({ ELECTRON_EXEC_PATH: installStandIn(folder), KITH_STANDIN_REPORT: report, KITH_STANDIN_HOLD: '1' })
  // Its own build folder, so the production build in out/ (packed by CI later) is left alone.
  devServer = spawn('npm', ['run', 'dev', '--', '--outDir', join(folder, 'out')], { env, stdio: 'ignore', detached: true })
  await vi.waitFor(() => expect(existsSync(report)).toBe(true), { timeout: 180_000, interval: 250 })
  const url = (JSON.parse(readFileSync(report, 'utf8')) as { env: { ELECTRON_RENDERER_URL: string } }).env.ELECTRON_RENDERER_URL

  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.exposeBinding('__kithInvoke', (_source, channel: unknown, input: unknown) => dispatch(channel, input, journal.handlers))
  await context.addInitScript(preloadStandIn, [...CHANNELS])
  page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  journal.store.onChange(
    () => void page.evaluate(() => (window as unknown as { __kithPush(e: unknown): void }).__kithPush({ type: 'journal:changed' })).catch(() => undefined),
  )
  await page.goto(url)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  // npm, electron-vite, its dev server and the stand-in share one process group.
  if (devServer?.pid) process.kill(-devServer.pid, 'SIGTERM')
  await journal?.store.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('the renderer as npm run dev serves it', () => {
  it('opens on the timeline of the journal, with no script, CSP or console error', async () => {
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor({ timeout: 60_000 })
    await page.getByText('25 people').waitFor()
    expect(problems).toEqual([])
  })

  it('a change to the journal reaches the open window through the push channel', async () => {
    await page.goto(`${new URL(page.url()).origin}/#/people`)
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await page.getByText('Noah Williams').first().waitFor()
    const before = journal.store.journal.people.length
    await journal.handlers['people:create']({ name: 'Dev Server Person' })
    await page.getByText('Dev Server Person').first().waitFor()
    expect(journal.store.journal.people.length).toBe(before + 1)
    expect(problems).toEqual([])
  })
})
