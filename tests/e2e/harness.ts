import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startBridge, type Bridge } from '../../electron/bridge/server'
import { openJournal, type OpenJournal } from '../../electron/main/journal/openJournal'
import { journalChangedEvent } from '../../electron/main/journal/journalChange'
import { startBridgeReminders } from '../../electron/bridge/reminders'

export const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type RunningApp = {
  journalPath: string
  journal: OpenJournal
  bridge: Bridge
  browser: Browser
  context: BrowserContext
  page: Page
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[]
  /** Opens a hash route, e.g. "#/people". */
  goto(route: string): Promise<void>
  close(): Promise<void>
}

export type StartOptions = {
  journalPath?: string
  colorScheme?: 'light' | 'dark'
  now?: () => Date
  /** Lets a test inject a script (axe-core) the app's CSP rightly refuses. */
  bypassCSP?: boolean
  viewport?: { width: number; height: number }
  /** The browser's language and region, e.g. "en-US": dates, week start and currency follow it. */
  locale?: string
}

/** The real journal service behind the real bridge, and the built renderer in Debian's Chromium. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const journalPath = options.journalPath ?? join(mkdtempSync(join(tmpdir(), 'kith-e2e-')), 'journal.json')
  const journal = await openJournal(journalPath, { now: options.now })
  const bridge = await startBridge({ handlers: journal.handlers, rendererDir: resolve('out/renderer') })
  journal.store.onChange((change) => bridge.push(journalChangedEvent(change)))
  journal.onImportProgress((progress) => bridge.push({ type: 'import:progress', progress }))
  const reminders = startBridgeReminders(journal.store, bridge, { now: options.now })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 820 },
    bypassCSP: options.bypassCSP ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  const base = bridge.url
  await page.goto(base)
  return {
    journalPath,
    journal,
    bridge,
    browser,
    context,
    page,
    problems,
    goto: async (route) => {
      await page.goto(`${base}${route}`)
    },
    close: async () => {
      await browser.close()
      reminders.stop()
      await journal.store.close()
      await bridge.close()
    },
  }
}

/** The app with the sample journal loaded, on its timeline: where most browser tests begin. */
export async function startWithSample(options: StartOptions = {}): Promise<RunningApp> {
  const app = await startApp(options)
  await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
  await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  return app
}
