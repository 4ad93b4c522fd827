import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE, HOSTILE_IDS, HOSTILE_STRINGS, SAFE_LINK, generateHostileJournal } from '../fixtures/hostile/hostileJournal'
import { startApp, type RunningApp } from './harness'

/**
 * Every page browsed with a journal full of markup, script URLs, templates and formulas
 * (names, notes, event texts, answers). Nothing may run: no dialog, no page error,
 * no CSP violation; and each hostile string must be on screen as the characters typed.
 */
const now = new Date()
const journal = generateHostileJournal(now)
const lastReview = journal.reviews.find((r) => r.id === 'rv-hostile')!

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** Whitespace-free, so a string wrapped across lines in a PDF still matches. */
const squash = (text: string) => text.replace(/\s+/g, '')

describe('Kith browsed with a hostile journal', () => {
  let app: RunningApp
  const dialogs: string[] = []
  const cspMessages: string[] = []
  const cspViolations: string[] = []
  const folder = mkdtempSync(join(tmpdir(), 'kith-hostile-'))

  async function collectViolations() {
    const seen = await app.page.evaluate(() => window.__cspViolations?.splice(0) ?? [])
    cspViolations.push(...seen)
  }

  /** Opens a route, waits for its h1, and checks that nothing ran and nothing was built from the journal's text. */
  async function visit(route: string, heading?: string | RegExp) {
    await app.goto(route)
    await app.page
      .getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })
      .first()
      .waitFor()
    await app.page.waitForLoadState('networkidle')
    await collectViolations()
    const built = await app.page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      unsafeLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /^\s*(?:javascript|data|vbscript|file):/i.test(href)),
      injected: document.querySelectorAll('img[src="x"], svg[onload], body script:not([src])').length,
    }))
    expect(built, route).toEqual({ handlers: [], unsafeLinks: [], injected: 0 })
    expect({ dialogs, problems: app.problems, cspMessages, cspViolations }, route).toEqual({ dialogs: [], problems: [], cspMessages: [], cspViolations: [] })
  }

  async function visibleText(text: string) {
    const match = app.page.getByText(text, { exact: false }).first()
    await match.waitFor()
    return match.isVisible()
  }

  /** Prints the current page as Chromium would for Electron's printToPDF, and gives back its text. */
  async function printedText(name: string) {
    const file = join(folder, `${name}.pdf`)
    writeFileSync(file, await app.page.pdf({ format: 'A4', printBackground: true }))
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  }

  beforeAll(async () => {
    const journalPath = join(folder, 'journal.json')
    writeFileSync(journalPath, JSON.stringify(journal, null, 2))
    app = await startApp({ journalPath })
    const { page } = app
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspMessages.push(message.text())
    })
    await page.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
      })
    })
    // The first load happened before the listener existed: load again with it in place.
    await page.reload()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the timeline with hostile summaries as text', async () => {
    await visit('#/timeline', 'Timeline')
    expect(await visibleText(HOSTILE.img)).toBe(true)
  })

  it('lists hostile names and companies as text on the people page', async () => {
    await visit('#/people', 'People')
    expect(await app.page.getByRole('link', { name: HOSTILE.img }).first().isVisible()).toBe(true)
    expect(await app.page.getByRole('link', { name: HOSTILE.script }).first().isVisible()).toBe(true)
    expect(await visibleText(HOSTILE.formula)).toBe(true)
  })

  it("shows a hostile person's name, notes, answers and history as text, linking only the safe URL", async () => {
    await visit(`#/people/${HOSTILE_IDS.person}`, HOSTILE.img)
    for (const text of [HOSTILE.script, HOSTILE.markdown, HOSTILE.jsUrl, HOSTILE.template, HOSTILE.svg, HOSTILE.formula]) {
      expect(await visibleText(text), text).toBe(true)
    }
    const safe = app.page.getByRole('link', { name: SAFE_LINK })
    expect(await safe.getAttribute('href')).toBe(SAFE_LINK)
    expect(await safe.getAttribute('target')).toBe('_blank')
    expect(await safe.getAttribute('rel')).toBe('noopener noreferrer')
    // Saved links: only the https one is a link; javascript: and data: show as text.
    expect(await app.page.getByRole('link', { name: 'Deck', exact: true }).getAttribute('href')).toBe(SAFE_LINK)
    expect(await visibleText(`Portfolio: ${HOSTILE.jsUrl}`)).toBe(true)
    expect(await visibleText(`${HOSTILE.img}: data:text/html,<script>alert(1)</script>`)).toBe(true)
    await visit(`#/people/${HOSTILE_IDS.person}`, HOSTILE.img)

    mkdirSync('.tmp/shots', { recursive: true })
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme })
      await app.page.screenshot({ path: `.tmp/shots/hostile-person-${colorScheme}.png`, fullPage: true })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })
  })

  it('lists hostile event titles as text on the events page', async () => {
    await visit('#/events', 'Events')
    expect(await visibleText(HOSTILE.svg)).toBe(true)
    expect(await visibleText(`${HOSTILE.img} Growth Conference`)).toBe(true)
  })

  it("shows a hostile event's title, venue, goals and notes as text", async () => {
    await visit(`#/events/${HOSTILE_IDS.event}`, `${HOSTILE.img} Growth Conference`)
    for (const text of [HOSTILE.svg, HOSTILE.template, HOSTILE.markdown, HOSTILE.script]) expect(await visibleText(text), text).toBe(true)
    expect(await app.page.getByRole('link', { name: SAFE_LINK }).getAttribute('href')).toBe(SAFE_LINK)
  })

  it('shows the cheat sheet with hostile attendees as text', async () => {
    await visit(`#/events/${HOSTILE_IDS.event}/cheat-sheet`)
    expect(await visibleText(HOSTILE.img)).toBe(true)
    expect(await visibleText(HOSTILE.script)).toBe(true)
  })

  it('prints the cheat sheet with every hostile string as literal text in the PDF', async () => {
    await app.goto(`#/events/${HOSTILE_IDS.event}/cheat-sheet?print=1&paper=A4`)
    await app.page.locator('html[data-print-ready="ready"]').waitFor()
    const text = squash(await printedText('cheat-sheet'))
    const missing = HOSTILE_STRINGS.filter((hostile) => !text.includes(squash(hostile)))
    expect(missing).toEqual([])
    await collectViolations()
    expect({ dialogs, problems: app.problems, cspMessages, cspViolations }).toEqual({ dialogs: [], problems: [], cspMessages: [], cspViolations: [] })
  })

  it('shows hostile follow-up notes and names as text', async () => {
    await visit('#/followups', 'Follow-ups')
    expect(await visibleText(`${HOSTILE.script} ${HOSTILE.jsUrl}`)).toBe(true)
    expect(await app.page.getByRole('link', { name: HOSTILE.img }).first().isVisible()).toBe(true)
  })

  it('shows a reminder for a hostile-named person as text in an in-app notification', async () => {
    await visit('#/followups', 'Follow-ups')
    // A follow-up that is already due: the bridge's real scheduler notices the change and pushes the reminder.
    const note = `${HOSTILE.svg} call back`
    await app.journal.handlers['followups:create']({ personId: HOSTILE_IDS.person, dueAt: new Date(Date.now() - 60_000).toISOString(), note })
    const notification = app.page.getByRole('alert').filter({ hasText: note })
    await notification.waitFor()
    expect(await notification.getByText(HOSTILE.img, { exact: true }).isVisible()).toBe(true)
    expect(await notification.getByText(note, { exact: true }).isVisible()).toBe(true)
    await notification.screenshot({ path: '.tmp/shots/hostile-notification-light.png' })
    await visit('#/followups', 'Follow-ups')
  })

  it('opens the weekly review and its history', async () => {
    await visit('#/review')
    await visit('#/review/history', 'Review history')
  })

  it("prints last week's review summary with the hostile reflection as literal text", async () => {
    await visit(`#/review/${lastReview.weekStart}/summary`)
    expect(await visibleText(HOSTILE.script)).toBe(true)
    expect(await visibleText(`${HOSTILE.markdown} ${HOSTILE.img}`)).toBe(true)
    const text = squash(await printedText('review-summary'))
    for (const hostile of [HOSTILE.script, HOSTILE.markdown, HOSTILE.img]) expect(text, hostile).toContain(squash(hostile))
  })

  it('opens settings and import without running anything', async () => {
    await visit('#/settings', 'Settings')
    await visit('#/import')
  })

  // The counts above are only worth something if the listeners would have heard a violation.
  it('would have noticed a dialog and a CSP violation', async () => {
    await app.page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__ran = true'
      document.body.append(script)
      window.setTimeout(() => alert('probe'), 0)
    })
    await expect.poll(() => dialogs.length).toBe(1)
    await expect.poll(async () => (await collectViolations(), cspViolations.length)).toBeGreaterThan(0)
    await expect.poll(() => cspMessages.length).toBeGreaterThan(0)
    expect(await app.page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined()
    expect(cspViolations[0]).toMatch(/^script-src/)
  })
})
