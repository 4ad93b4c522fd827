import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Journal } from '../../shared/domain'
import { startApp, type RunningApp } from './harness'

/** LinkedIn's export as it arrives: BOM, the "Notes:" preamble, CRLF, five people and one row without a name. */
const CONNECTIONS = resolve('tests/fixtures/exchange/ui/Connections.csv')
const FIRST_MET: Record<string, string | undefined> = {
  'Priya Raman': '2024-03-12',
  'Tomás Ortega': '2023-11-05',
  '陳 美玲': '2022-07-21',
  'Grace Okafor': '2025-01-30',
  // "sometime in 2021" is no date: a warning in the preview, no first-met date.
  'Wes Lindqvist': undefined,
}
const SHOTS = '.tmp/shots'

async function onDisk(app: RunningApp): Promise<Journal> {
  await app.journal.store.flush()
  return JSON.parse(readFileSync(app.journalPath, 'utf8')) as Journal
}

async function shoot(page: Page, name: string, fullPage = true) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: `${SHOTS}/import-${name}-${scheme}.png`, fullPage })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

async function startEmpty(): Promise<RunningApp> {
  const app = await startApp()
  await app.page.getByRole('button', { name: 'Start an empty journal' }).click()
  await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  return app
}

async function chooseFile(app: RunningApp, path: string) {
  await app.goto('#/import')
  await app.page.getByRole('heading', { level: 1, name: 'Import & export' }).waitFor()
  await app.page.locator('input[type=file]').setInputFiles(path)
}

/** The date as the renderer's formatDate shows a date-only value, in the browser's own locale. */
const shownDate = (page: Page, day: string) =>
  page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${d}T12:00:00`)), day)

describe('importing a LinkedIn export through the browser', () => {
  let app: RunningApp

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await startEmpty()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens Import & export from the navigation, ready for a file', async () => {
    await app.page.getByRole('link', { name: 'Import & export' }).click()
    await app.page.getByRole('button', { name: 'Choose a file…' }).waitFor()
    await app.page.waitForLoadState('networkidle')
    await shoot(app.page, 'empty')
    expect(app.problems).toEqual([])
  })

  it('shows a preview of every row before writing anything', async () => {
    await chooseFile(app, CONNECTIONS)
    await app.page.getByRole('heading', { name: 'Preview of Connections.csv' }).waitFor()
    expect(await app.page.getByTestId('import-counts').textContent()).toBe('5 new, 0 to merge, 0 skipped, 1 error')
    await app.page.getByText('Line 9: This row has neither a name nor an email address.').waitFor()
    await app.page.getByText('"Connected On" (sometime in 2021) is not a date like 15 Jan 2023, so it was left out.').waitFor()
    for (const name of Object.keys(FIRST_MET)) await app.page.getByRole('cell', { name }).first().waitFor()
    expect((await onDisk(app)).people).toEqual([])
    await shoot(app.page, 'preview')
  })

  it('imports on confirmation, and the people are on the people list and the timeline with their first-met dates', async () => {
    await app.page.getByRole('button', { name: 'Import 5 people' }).click()
    const result = app.page.getByTestId('import-result')
    await result.waitFor()
    expect(await result.textContent()).toBe('5 new people added, 0 people updated, 0 skipped, 1 row with errors left out.')
    await app.page.getByRole('button', { name: 'Undo import' }).first().waitFor()
    await shoot(app.page, 'result')

    const journal = await onDisk(app)
    expect(Object.fromEntries(journal.people.map((p) => [p.name, p.howWeMet.date]))).toEqual(FIRST_MET)

    await app.goto('#/people')
    for (const name of Object.keys(FIRST_MET)) await app.page.getByRole('link', { name, exact: true }).first().waitFor()

    await app.goto('#/timeline')
    for (const [name, day] of Object.entries(FIRST_MET)) {
      if (!day) continue
      const lane = app.page.locator('[data-lane]').filter({ has: app.page.getByRole('link', { name, exact: true }) })
      await lane
        .getByRole('img', { name: new RegExp(`, ${await shownDate(app.page, day)}$`) })
        .first()
        .waitFor()
    }

    const priya = journal.people.find((p) => p.name === 'Priya Raman')!
    await app.goto(`#/people/${priya.id}`)
    await app.page
      .getByText(`Met on ${await shownDate(app.page, '2024-03-12')}`)
      .first()
      .waitFor()
    expect(app.problems).toEqual([])
  })

  it('imports the same file again without duplicates: the preview matches everyone and nothing is written', async () => {
    await chooseFile(app, CONNECTIONS)
    await app.page.getByRole('heading', { name: 'Preview of Connections.csv' }).waitFor()
    expect(await app.page.getByTestId('import-counts').textContent()).toBe('0 new, 0 to merge, 5 skipped, 1 error')
    await app.page.getByText('Everyone in this file is already in your journal').waitFor()
    // Matched by the strongest key each row has: the email when LinkedIn gave one, else the profile URL.
    expect(await app.page.getByText('Priya Raman, same email').count()).toBe(1)
    expect(await app.page.getByText('Tomás Ortega, same LinkedIn profile').count()).toBe(1)
    expect(await app.page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true)

    await app.goto('#/people')
    await app.page.getByText('5 people').first().waitFor()
    const journal = await onDisk(app)
    expect(journal.people.map((p) => p.name).sort()).toEqual(Object.keys(FIRST_MET).sort())
  })

  it.each([
    ['unknown-header.csv', /It expected a vCard \(starting with BEGIN:VCARD\), a LinkedIn Connections\.csv \(header: First Name, Last Name/, true],
    ['binary.vcf', /is not (a text file|UTF-8 text)/, true],
    ['latin1.csv', /is not UTF-8 text .*Save it as UTF-8/, true],
    // Refused by its size before it is read: the API is never called.
    ['empty.csv', /"empty.csv" is empty\. Kith expected a vCard/, false],
  ])('refuses %s with a message saying what it expected, and imports nothing', async (file, message, askedTheApi) => {
    await chooseFile(app, resolve('tests/fixtures/exchange', file))
    const alert = app.page.getByRole('alert').filter({ hasText: `Nothing was imported from ${file}` })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(message)
    if (file === 'unknown-header.csv') await shoot(app.page, 'refused', false)
    expect((await onDisk(app)).people).toHaveLength(5)
    // The bridge answers a refused call with 400 (its message in the body), which Chromium logs; that one is expected.
    expect(app.problems.splice(0)).toEqual(askedTheApi ? ['console: Failed to load resource: the server responded with a status of 400 (Bad Request)'] : [])
  })

  it('exports a vCard that imports into an empty journal as the same people, and that import can be undone', async () => {
    await app.goto('#/import')
    const exportSection = app.page.locator('section[aria-labelledby=export-heading]')
    await exportSection.getByRole('button', { name: 'Export vCard' }).waitFor()
    await app.page.waitForLoadState('networkidle')
    await exportSection.scrollIntoViewIfNeeded()
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await exportSection.screenshot({ path: `${SHOTS}/import-export-section-${scheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })

    const [download] = await Promise.all([app.page.waitForEvent('download'), exportSection.getByRole('button', { name: 'Export vCard' }).click()])
    expect(download.suggestedFilename()).toMatch(/^kith-contacts-\d{4}-\d{2}-\d{2}\.vcf$/)
    const vcf = join(mkdtempSync(join(tmpdir(), 'kith-vcf-')), download.suggestedFilename())
    await download.saveAs(vcf)
    expect(readFileSync(vcf, 'utf8').match(/^BEGIN:VCARD/gm)).toHaveLength(5)
    const before = (await onDisk(app)).people

    const fresh = await startEmpty()
    try {
      await chooseFile(fresh, vcf)
      await fresh.page.getByRole('heading', { name: /^Preview of kith-contacts-/ }).waitFor()
      expect(await fresh.page.getByTestId('import-counts').textContent()).toBe('5 new, 0 to merge, 0 skipped, 0 errors')
      await fresh.page.getByRole('button', { name: 'Import 5 people' }).click()
      await fresh.page.getByTestId('import-result').waitFor()

      const same = (people: Journal['people']) =>
        people
          .map((p) => ({ id: p.id, name: p.name, company: p.company, role: p.role, emails: p.emails, links: p.links, met: p.howWeMet.date }))
          .sort((a, b) => a.name.localeCompare(b.name))
      expect(same((await onDisk(fresh)).people)).toEqual(same(before))

      const resultPanel = fresh.page.getByTestId('import-result').locator('..')
      await resultPanel.getByRole('button', { name: 'Undo import' }).click()
      await fresh.page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click()
      await fresh.page.getByText('The import of kith-contacts-').first().waitFor()
      expect((await onDisk(fresh)).people).toEqual([])
      expect(fresh.problems).toEqual([])
    } finally {
      await fresh.close()
    }
    expect(app.problems).toEqual([])
  })
})

/** A LinkedIn export the size of a long career: 10,000 connections, about 1 MB. */
function writeLargeConnections(): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const lines = [
    '\uFEFFNotes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ]
  for (let i = 1; i <= 10_000; i++) {
    lines.push(
      `Contact${i},Surname${i},https://www.linkedin.com/in/contact-${i},contact${i}@example.com,Company ${i % 300},Role ${i % 40},${(i % 28) + 1} ${months[i % 12]} ${2010 + (i % 15)}`,
    )
  }
  const path = join(mkdtempSync(join(tmpdir(), 'kith-big-')), 'Connections.csv')
  writeFileSync(path, `${lines.join('\r\n')}\r\n`)
  return path
}

/** The longest the page's main thread went without running a 20 ms timer since the last call: a frozen page shows here. */
async function longestStall(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { kithStall?: { last: number; worst: number; timer: number } }
    const worst = w.kithStall?.worst ?? 0
    if (w.kithStall) clearInterval(w.kithStall.timer)
    const stall = { last: performance.now(), worst: 0, timer: 0 }
    stall.timer = window.setInterval(() => {
      const now = performance.now()
      stall.worst = Math.max(stall.worst, now - stall.last)
      stall.last = now
    }, 20)
    w.kithStall = stall
    return worst
  })
}

describe('importing 10,000 connections', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startEmpty()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows progress while the main process works, a virtualised preview, and never freezes the page', { timeout: 180_000 }, async () => {
    const path = writeLargeConnections()
    await app.goto('#/import')
    await app.page.getByRole('button', { name: 'Choose a file…' }).waitFor()
    await longestStall(app.page)
    await app.page.locator('input[type=file]').setInputFiles(path)

    // Before the main process's first count, then its counts (importProgress.test.ts follows them to the end).
    const status = app.page.getByRole('status').filter({
      hasText:
        /^(Checking Connections\.csv \(1\.\d MB, about 10,000 contacts\) against your journal…|Reading contacts from Connections\.csv… \d+%|Checking contacts against your journal… [\d,]+ of 10,000)$/,
    })
    await status.waitFor()
    // Light only: the check may be done before a second picture could be taken.
    await app.page.screenshot({ path: `${SHOTS}/import-progress-light.png` })
    await app.page.getByRole('heading', { name: 'Preview of Connections.csv' }).waitFor({ timeout: 120_000 })
    expect(await app.page.getByTestId('import-counts').textContent()).toBe('10,000 new, 0 to merge, 0 skipped, 0 errors')

    // Only the rows on screen are in the page; scrolling brings the last one in.
    const region = app.page.getByRole('region', { name: 'Rows to import' })
    expect(await region.getByRole('combobox').count()).toBeLessThan(100)
    await region.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await region.getByText('Contact10000 Surname10000').waitFor()
    const previewStall = await longestStall(app.page)

    await app.page.getByRole('button', { name: 'Import 10,000 people' }).click()
    await app.page
      .getByRole('status')
      .filter({
        hasText:
          /^(Importing Connections\.csv \(1\.\d MB, about 10,000 contacts\): taking a backup, then saving…|Importing contacts… [\d,]+ of 10,000|Taking a backup, then saving 10,000 contacts to your journal…)$/,
      })
      .waitFor()
    await app.page.getByTestId('import-result').waitFor({ timeout: 120_000 })
    expect(await app.page.getByTestId('import-result').textContent()).toBe('10,000 new people added, 0 people updated, 0 skipped.')
    const applyStall = await longestStall(app.page)
    expect((await onDisk(app)).people).toHaveLength(10_000)

    // The parsing and matching run in the main process: the page keeps answering throughout.
    console.log(`longest stall of the page: ${Math.round(previewStall)} ms during the preview, ${Math.round(applyStall)} ms during the import`)
    expect(previewStall).toBeLessThan(1_000)
    expect(applyStall).toBeLessThan(1_000)
    expect(app.problems).toEqual([])
  })
})
