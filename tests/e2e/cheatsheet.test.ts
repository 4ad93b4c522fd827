import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Journal } from '../../shared/domain'
import { PRINT_READY_ATTRIBUTE } from '../../shared/derive/cheatSheet'
import { startApp, type RunningApp } from './harness'

const EVENT = 'ev-conference'
const SHOTS = '.tmp/shots'
const out = mkdtempSync(join(tmpdir(), 'kith-sheet-'))

/** pdftotext's words with every run of whitespace made one space, so wrapped lines still match. */
const flat = (text: string) => text.replace(/\s+/g, ' ')
// pdftotext drops the hyphen where a line breaks after one ("order-to-" / "delivery" reads "order-todelivery"): hyphens are left out on both sides.
const expectPrinted = (text: string, wanted: string) => expect(text.replace(/-/g, '')).toContain(wanted.replace(/-/g, ''))

/** What the sheet must hold, read from the journal itself rather than from the sheet model. */
function expectations(journal: Journal) {
  const event = journal.events.find((e) => e.id === EVENT)!
  const now = Date.now()
  const attendees = event.expectedAttendeeIds.map((id) => journal.people.find((p) => p.id === id)!)
  const lastTalk = (personId: string) =>
    journal.interactions
      .filter((i) => i.personIds.includes(personId) && i.kind !== 'note' && Date.parse(i.date) <= now)
      .sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
      .at(-1)!.summary
  return {
    attendees: attendees.map((p) => ({ name: p.name, lastTalk: lastTalk(p.id) })),
    questions: journal.icebreakers.filter((ib) => !ib.hidden).map((ib) => ib.question),
    pitch: journal.profile.elevatorPitch,
    myAnswers: journal.profile.answers.map((a) => a.answer),
    privateNotes: journal.people.flatMap((p) => p.notes.filter((n) => n.private).map((n) => n.text)),
    sharedNotes: attendees.flatMap((p) => p.notes.filter((n) => !n.private).map((n) => n.text)),
  }
}

/** The top-left pixel of page 1, read from pdftoppm's PPM output (a short text header, then RGB bytes). */
function cornerPixel(pdf: string): number[] {
  execFileSync('pdftoppm', ['-r', '10', '-f', '1', '-l', '1', '-singlefile', pdf, `${pdf}-corner`])
  const ppm = readFileSync(`${pdf}-corner.ppm`)
  const header = /^P6\s+\d+\s+\d+\s+255\s/.exec(ppm.toString('latin1'))![0]
  return [...ppm.subarray(header.length, header.length + 3)]
}

describe('the pre-event cheat sheet', () => {
  let app: RunningApp

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await startApp()
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
    rmSync(out, { recursive: true, force: true })
  })

  /** What the desktop app's hidden window does: open the print route, wait for "ready", print. */
  async function printToPdf(paper: 'A4' | 'Letter'): Promise<string> {
    await app.goto(`#/events/${EVENT}/cheat-sheet?print=1&paper=${paper}`)
    await app.page.waitForFunction((name) => document.documentElement.getAttribute(name) !== null, PRINT_READY_ATTRIBUTE)
    expect(await app.page.evaluate((name) => document.documentElement.getAttribute(name), PRINT_READY_ATTRIBUTE)).toBe('ready')
    const file = join(out, `sheet-${paper}.pdf`)
    const margin = { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' }
    writeFileSync(file, await app.page.pdf({ format: paper, printBackground: true, margin }))
    return file
  }

  // A4 is printed with the system in dark mode: paper is white whatever the app's theme.
  it.each([
    ['A4', 'dark'],
    ['Letter', 'light'],
  ] as const)(
    'prints the conference on two %s pages (system theme %s) with everyone, what to ask and my answers, and no private note',
    async (paper, scheme) => {
      await app.page.emulateMedia({ colorScheme: scheme })
      const file = await printToPdf(paper)
      expect(await app.page.evaluate(() => [getComputedStyle(document.body).backgroundColor, document.documentElement.dataset.mantineColorScheme])).toEqual([
        'rgb(255, 255, 255)',
        scheme,
      ])
      const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
      const expected = expectations(app.journal.store.journal)

      expect(expected.attendees).toHaveLength(12)
      for (const { name, lastTalk } of expected.attendees) {
        expectPrinted(text, name)
        expectPrinted(text, lastTalk)
      }
      for (const question of expected.questions) expectPrinted(text, question)
      expectPrinted(text, expected.pitch)
      expect(expected.myAnswers).toHaveLength(3)
      for (const answer of expected.myAnswers) expectPrinted(text, answer)
      expectPrinted(text, 'Commercial property managers · Someone who runs a referral programme')
      expectPrinted(text, 'Priya Natarajan (not heard before)')
      expectPrinted(text, 'People I know who are coming (12)')

      // Marcus Bell's note is the sample's private one: it must never reach paper.
      expect(expected.privateNotes).toContain('Going through a divorce; do not bring up family.')
      for (const note of expected.privateNotes) expect(text).not.toContain(note)
      // …while a note that is not private does, so the check above is not vacuous.
      expect(expected.sharedNotes.length).toBeGreaterThan(0)
      for (const note of expected.sharedNotes) expectPrinted(text, note)

      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]
      expect(pages).toBe('2')
      // The app around the sheet is not printed.
      expect(text).not.toContain('Skip to content')

      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(SHOTS, `cheat-sheet-print-${paper}-page1`)])
      // The corner of page 1, inside the half-inch margin, is white paper even in dark mode.
      expect(cornerPixel(file)).toEqual([255, 255, 255])
      expect(app.problems).toEqual([])
    },
  )

  it('tells the print window why it cannot print an event that does not exist', async () => {
    await app.goto('#/events/ev-gone/cheat-sheet?print=1&paper=A4')
    await app.page.waitForFunction((name) => document.documentElement.getAttribute(name) !== null, PRINT_READY_ATTRIBUTE)
    const state = await app.page.evaluate((name) => document.documentElement.getAttribute(name), PRINT_READY_ATTRIBUTE)
    expect(state).toMatch(/^Kith could not load the cheat sheet: .*ev-gone/)
    // The refused call is logged by Chromium as a failed request (HTTP 400): expected here, and only here.
    expect(app.problems.every((p) => p.includes('status of 400'))).toBe(true)
    app.problems.length = 0
  })

  it.each(['light', 'dark'] as const)('previews the sheet as white paper in the %s theme, with the paper and print controls', async (scheme) => {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.goto(`#/events/${EVENT}/cheat-sheet`)
    await app.page.getByRole('heading', { level: 1, name: 'Cheat sheet: Midwest Growth Conference' }).waitFor()
    const preview = app.page.getByRole('region', { name: /Preview on (A4|Letter) paper/ })
    await preview.getByRole('heading', { name: 'Marcus Bell' }).waitFor()
    // The paper stays white in dark mode, so it looks like what prints.
    expect(await preview.evaluate((el) => getComputedStyle(el.querySelector('.kith-sheet')!).backgroundColor)).toBe('rgb(255, 255, 255)')
    expect(await preview.getByText('Going through a divorce').count()).toBe(0)

    await app.page.getByRole('radio', { name: 'Letter' }).check({ force: true })
    await app.page.getByRole('region', { name: 'Preview on Letter paper' }).waitFor()
    // The bridge has no printer: Print… falls back to the browser's own dialog (stubbed: headless has none).
    await app.page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', 'yes')
    })
    await app.page.getByRole('button', { name: 'Print…' }).click()
    await app.page.waitForFunction(() => document.documentElement.getAttribute('data-test-printed') === 'yes')
    expect(await app.page.getByRole('button', { name: 'Save as PDF…' }).count()).toBe(0)
    await app.page.waitForLoadState('networkidle')
    await app.page.screenshot({ path: `${SHOTS}/cheat-sheet-${scheme}.png`, fullPage: true })
    expect(app.problems).toEqual([])
  })

  it('uses an icebreaker I add and an answer I give in Settings, and an answer I store on a person, in the next sheet', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' })
    await app.goto('#/settings')
    const section = (title: string) => app.page.locator('.mantine-Paper-root', { has: app.page.getByRole('heading', { name: title, exact: true }) })
    const add = app.page.getByRole('form', { name: 'Add your own icebreaker' })
    await add.getByRole('button', { name: 'Add' }).click()
    await add.getByText('Write the question you want to ask, then add it.').waitFor()
    await section('Icebreakers').screenshot({ path: `${SHOTS}/settings-icebreakers-empty-question-light.png` })
    await add.getByLabel('Add your own question').fill('What is the best referral you have ever received?')
    await add.getByRole('button', { name: 'Add' }).click()
    await app.page.getByText('What is the best referral you have ever received?', { exact: true }).first().waitFor()
    await section('My pitch and answers').getByLabel('What brings you to this event?').fill('Meeting commercial property managers.')
    // Settings save as you go (issue 15): the section says so once the answer is in the journal.
    await section('My pitch and answers')
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor()
    // Both sections in one picture, without the toasts over them: a tall window, once the toasts are gone.
    await expect.poll(() => app.page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0)
    await app.page.setViewportSize({ width: 1280, height: 2200 })
    await app.page.evaluate(() => window.scrollTo(0, 0))
    const top = (await section('My pitch and answers').boundingBox())!
    const bottom = (await section('Icebreakers').boundingBox())!
    const clip = { x: top.x - 16, y: top.y - 16, width: top.width + 32, height: bottom.y + bottom.height - top.y + 32 }
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await app.page.screenshot({ path: `${SHOTS}/settings-pitch-and-icebreakers-${scheme}.png`, clip })
    }
    await app.page.setViewportSize({ width: 1280, height: 820 })
    await app.page.emulateMedia({ colorScheme: 'light' })

    await app.goto('#/people/p-james-okafor')
    await app.page.getByRole('button', { name: 'Mark asked: What brings you to this event?' }).click()
    await app.page.getByLabel('What James said').fill('Looking for a second print shop to partner with')
    await app.page.getByRole('button', { name: 'Save answer' }).click()
    await app.page.getByText('Looking for a second print shop to partner with').first().waitFor()
    await app.page.getByRole('heading', { name: 'What I learned' }).scrollIntoViewIfNeeded()
    await app.page.screenshot({ path: `${SHOTS}/person-icebreakers-light.png` })

    const text = flat(execFileSync('pdftotext', [await printToPdf('A4'), '-'], { encoding: 'utf8' }))
    expectPrinted(text, 'What is the best referral you have ever received?')
    expectPrinted(text, 'Looking for a second print shop to partner with (what brings them here)')
    expectPrinted(text, 'What brings you to this event? → Meeting commercial property managers.')
    expect(app.problems).toEqual([])
  })
})
