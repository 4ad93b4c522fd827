import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'

const ROWS = 20_000
const SHOTS = '.tmp/shots'

/** A LinkedIn export big enough to take many slices: about 2.6 MB. */
function bigConnections(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ]
  for (let i = 0; i < rows; i++)
    lines.push(`Firstname${i},Lastname${i},https://www.linkedin.com/in/person-${i},,"Company ${i % 900}, Inc.",Product Manager,${(i % 28) + 1} Jan 2024`)
  return `${lines.join('\n')}\n`
}

/**
 * Answers a call only once the test lets it: the main process does all its work (and pushes all its
 * progress) at once, and the page keeps showing the progress until the answer is let through.
 */
async function holdAnswer(page: Page, channel: string): Promise<() => void> {
  let letThrough!: () => void
  const released = new Promise<void>((resolve) => (letThrough = resolve))
  await page.route(`**/api/${channel}`, async (route: Route) => {
    const response = await route.fetch()
    await released
    await route.fulfill({ response })
  })
  return letThrough
}

/** Every value the page's progress bar takes, in order, from now on (watched inside the page, so none is missed). */
async function watchProgress(page: Page): Promise<() => Promise<Array<{ bar: string; now: number; max: number }>>> {
  await page.evaluate(() => {
    const seen: Array<{ bar: string; now: number; max: number }> = []
    ;(window as unknown as { seenProgress: typeof seen }).seenProgress = seen
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar][aria-valuenow]')
      if (!bar) return
      const value = {
        bar: bar.getAttribute('aria-label') ?? '',
        now: Number(bar.getAttribute('aria-valuenow')),
        max: Number(bar.getAttribute('aria-valuemax')),
      }
      const last = seen.at(-1)
      if (!last || last.bar !== value.bar || last.now !== value.now) seen.push(value)
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { seenProgress: Array<{ bar: string; now: number; max: number }> }).seenProgress)
}

const rising = (values: number[]) => values.every((value, i) => i === 0 || value >= values[i - 1]!)

describe('progress while a large file is imported', () => {
  let app: RunningApp
  let file: string

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    file = join(mkdtempSync(join(tmpdir(), 'kith-e2e-big-')), 'Connections.csv')
    writeFileSync(file, bigConnections(ROWS))
    app = await startApp()
    await app.page.getByRole('button', { name: 'Start an empty journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('counts the contacts checked up to the total, then shows the preview', async () => {
    const { page } = app
    await app.goto('#/import')
    await page.getByRole('heading', { level: 1, name: 'Import & export' }).waitFor()
    const seen = await watchProgress(page)
    const letPreviewThrough = await holdAnswer(page, 'import:preview')
    await page.locator('input[type=file]').setInputFiles(file)

    const checked = page.getByRole('progressbar', { name: 'Checking contacts' })
    await page.locator(`[role=progressbar][aria-label="Checking contacts"][aria-valuenow="${ROWS}"]`).waitFor()
    expect(await page.getByRole('status').textContent()).toBe(
      `Checking contacts against your journal… ${ROWS.toLocaleString('en-US')} of ${ROWS.toLocaleString('en-US')}`,
    )
    expect(await checked.getAttribute('aria-valuemax')).toBe(String(ROWS))
    // The page stays usable meanwhile: the navigation still answers the keyboard.
    await page.getByRole('link', { name: 'Import & export' }).focus()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Import & export')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: `${SHOTS}/import-progress-${scheme}.png` })
    }
    await page.emulateMedia({ colorScheme: 'light' })
    letPreviewThrough()

    await page.getByRole('heading', { name: 'Preview of Connections.csv' }).waitFor()
    expect(await page.getByTestId('import-counts').textContent()).toBe(`${ROWS.toLocaleString('en-US')} new, 0 to merge, 0 skipped, 0 errors`)
    const checking = (await seen()).filter((value) => value.bar === 'Checking contacts')
    expect(rising(checking.map((value) => value.now))).toBe(true)
    expect(checking.at(-1)).toEqual({ bar: 'Checking contacts', now: ROWS, max: ROWS })
    expect(app.problems).toEqual([])
  })

  it('counts the contacts imported, then says it is saving all of them, then what was imported', async () => {
    const { page } = app
    const seen = await watchProgress(page)
    const letApplyThrough = await holdAnswer(page, 'import:apply')
    await page.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} people` }).click()
    // Saving comes once every contact is planned; the page may skip straight to it when both counts arrive together.
    await page.getByText(`Taking a backup, then saving ${ROWS.toLocaleString('en-US')} contacts to your journal…`).waitFor()
    letApplyThrough()
    await page.getByText('Imported Connections.csv').first().waitFor()
    const importing = (await seen()).filter((value) => value.bar === 'Importing contacts')
    expect(rising(importing.map((value) => value.now))).toBe(true)
    expect(importing.every((value) => value.now <= ROWS && value.max === ROWS)).toBe(true)
    expect(app.journal.store.journal.people).toHaveLength(ROWS)
    expect(app.problems).toEqual([])
  })
})
