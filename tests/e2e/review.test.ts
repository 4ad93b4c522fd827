import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIGURES } from '../../shared/derive/review/activity'
import { startApp, type RunningApp } from './harness'

/** A Friday afternoon in the week of Sunday Nov 22, 2026, and the Friday after. */
const NOW = new Date('2026-11-27T15:00:00.000Z')
const A_WEEK_LATER = new Date(NOW.getTime() + 7 * 86_400_000)
const WENT_WELL = 'Coffee with Noah turned into an introduction to his accountant.'
const INTENTIONS = 'Two one-to-ones; thank Marcus for the hiring referral.'
const SHOTS = '.tmp/shots'
// Amounts are in the user's currency: the sample journal has none, so the en-US locale's.
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 })
const shown = (key: string, value: number) => (FIGURES.find((f) => f.key === key)!.unit === 'money' ? money.format(value) : String(value))

/** Starts the app with the journal's clock and the browser's clock both at `now`, so "this week" agrees. */
async function startAt(now: Date, journalPath?: string): Promise<RunningApp> {
  const app = await startApp({ now: () => now, journalPath })
  await app.page.clock.setFixedTime(now)
  await app.page.reload()
  return app
}

/** The page in light then dark, for the release notes and for a person to look at. */
async function shoot(app: RunningApp, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme })
    await app.page.waitForTimeout(150)
    await app.page.screenshot({ path: `${SHOTS}/review-${name}-${colorScheme}.png`, fullPage: true })
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
}

describe('the weekly review in the browser', () => {
  let app: RunningApp
  let journalPath: string
  const stored = () => app.journal.store.journal

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await startAt(NOW)
    journalPath = app.journalPath
    await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    // Off the timeline first: its cached view can race a write made behind its back (see the report).
    await app.goto('#/review')
    await app.page.getByRole('heading', { level: 2, name: 'The week in numbers' }).waitFor()
    // Someone met this week, so "new people" has a person to act on.
    await app.journal.handlers['people:create']({ name: 'Rosa Alvarez', company: 'Alvarez Bakery', metOn: '2026-11-24' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('goes through every step, acting on some, and saves the reflection', { timeout: 120_000 }, async () => {
    const { page } = app
    await app.goto('#/review')
    await page.getByRole('heading', { level: 2, name: 'The week in numbers' }).waitFor()
    await page.getByText('This week: Nov 22 – Nov 28, 2026.').waitFor()
    await shoot(app, '1-numbers')
    const next = () => page.getByRole('button', { name: /^Next:/ }).click()

    await next()
    await page.getByRole('heading', { level: 2, name: 'New people this week' }).waitFor()
    const rosa = page.getByRole('article', { name: 'Rosa Alvarez' })
    await rosa.getByText('No follow-up scheduled').waitFor()
    await shoot(app, '2-new-people')
    await rosa.getByRole('button', { name: 'Follow up in 3 days' }).click()
    await page.getByText('Follow-up with Rosa Alvarez in 3 days.').waitFor()
    await rosa.getByText('No follow-up scheduled').waitFor({ state: 'detached' })
    expect(stored().followUps.filter((f) => f.note === 'Follow up with Rosa Alvarez')).toHaveLength(1)

    await next()
    await page.getByRole('heading', { level: 2, name: 'Going cold' }).waitFor()
    await shoot(app, '3-going-cold')
    const isabel = page.getByRole('article', { name: 'Isabel Duarte' })
    await isabel.getByRole('button', { name: /^Relax to every \d+ days$/ }).click()
    await page.getByText('Isabel Duarte: now every 49 days.').waitFor()
    expect(stored().people.find((p) => p.id === 'p-isabel-duarte')?.cadenceDays).toBe(49)

    await next()
    await page.getByRole('heading', { level: 2, name: 'Overdue follow-ups' }).waitFor()
    await shoot(app, '4-overdue')
    const overdue = stored().followUps.find((f) => f.status === 'pending' && Date.parse(f.dueAt) < NOW.getTime())!
    await page.getByRole('article', { name: overdue.note }).getByRole('button', { name: 'Done' }).click()
    await page.getByText('Follow-up done.').waitFor()
    expect(stored().followUps.find((f) => f.id === overdue.id)?.status).toBe('done')
    await page.getByText('No overdue follow-ups').waitFor()

    await next()
    await page.getByRole('heading', { level: 2, name: 'Give and take' }).waitFor()
    await shoot(app, '5-give-and-take')
    await page
      .getByRole('article', { name: 'Marcus Bell' })
      .getByRole('button', { name: /^Mark thanked/ })
      .first()
      .click()
    await page.getByText('Thanked Marcus Bell.').waitFor()
    expect(
      stored()
        .referrals.filter((r) => r.fromPersonId === 'p-marcus-bell' && r.direction === 'received')
        .every((r) => r.thanked),
    ).toBe(true)

    await next()
    await page.getByRole('heading', { level: 2, name: "Next week's events" }).waitFor()
    await shoot(app, '6-next-week')
    const cheatSheet = page.getByRole('article', { name: 'Midwest Growth Conference' }).getByRole('link', { name: 'Cheat sheet' })
    expect(await cheatSheet.getAttribute('href')).toBe('#/events/ev-conference/cheat-sheet')

    await next()
    await page.getByRole('heading', { level: 2, name: 'Reflection' }).waitFor()
    // Leaving and coming back resumes here: the step is saved as the user moves.
    await expect.poll(() => stored().reviews[0]?.step).toBe('reflection')
    await page.getByLabel('What went well this week?').fill(WENT_WELL)
    await page.getByLabel("Next week's intentions").fill(INTENTIONS)
    await shoot(app, '7-reflection')
    await page.getByRole('button', { name: 'Complete the review' }).click()
    await page.getByRole('heading', { name: 'Week reviewed' }).waitFor()
    await shoot(app, '8-done')

    const [review] = stored().reviews
    expect(review).toMatchObject({ weekStart: '2026-11-22', wentWell: WENT_WELL, intentions: INTENTIONS, completedAt: NOW.toISOString() })
    expect(review!.snapshot).toBeDefined()
    expect(app.problems).toEqual([])
  })

  it('finds the review in the history, with the streak it starts', { timeout: 60_000 }, async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Review history' }).click()
    await page.getByRole('heading', { level: 1, name: 'Review history' }).waitFor()
    const row = page.getByRole('table', { name: 'Past reviews' }).getByRole('row').filter({ hasText: 'Nov 22, 2026' })
    await row.getByText('Completed').waitFor()
    await row.getByText(WENT_WELL).waitFor()
    expect(await page.getByTestId('review-streak').textContent()).toBe('1 week in a row')
    await page.getByRole('img', { name: 'Reviewed 1 of the last 26 weeks' }).waitFor()
    await shoot(app, 'history')
    await page.getByText('12 months', { exact: true }).click()
    await page.getByRole('img', { name: 'Reviewed 1 of the last 52 weeks' }).waitFor()
    expect(app.problems).toEqual([])
  })

  it("prints a one-page summary holding the week's figures and the reflection", { timeout: 60_000 }, async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Summary of the week of Nov 22, 2026' }).click()
    await page.getByRole('heading', { level: 1, name: 'Weekly review: Nov 22 – Nov 28, 2026' }).waitFor()
    await page.getByRole('button', { name: 'Print' }).waitFor()
    await shoot(app, 'summary')
    const pdf = `${SHOTS}/review-summary.pdf`
    await page.pdf({ path: pdf, format: 'A4', margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    // Reading order without the layout, so a paragraph wrapped in its column reads as one line.
    const prose = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, `${SHOTS}/review-summary-pdf`])

    expect(pages).toBe(1)
    expect(text).toContain('Weekly review: Nov 22 – Nov 28, 2026')
    expect(prose).toContain(WENT_WELL)
    expect(prose).toContain(INTENTIONS)
    const snapshot = stored().reviews[0]!.snapshot!
    for (const figure of FIGURES) {
      const line = text.split('\n').find((l) => l.trim().startsWith(figure.label))
      expect(line, `${figure.label} is in the printed table`).toBeDefined()
      expect(
        line!
          .replace(figure.label, '')
          .trim()
          .split(/\s{2,}/)[0],
      ).toBe(shown(figure.key, snapshot[figure.key]!))
    }
    // The shell and the buttons stay on screen only.
    expect(text).not.toMatch(/Timeline|Back to the review|\bPrint\b/)
  })

  it('compares the next week against the review just saved', { timeout: 90_000 }, async () => {
    const snapshot = stored().reviews[0]!.snapshot!
    await app.close()
    app = await startAt(A_WEEK_LATER, journalPath)
    const { page } = app
    await app.goto('#/review')
    await page.getByText('This week: Nov 29 – Dec 5, 2026.').waitFor()
    await page.getByText(/what it was when you reviewed the week of Nov 22, 2026/).waitFor()
    for (const figure of FIGURES) {
      const card = page.getByRole('article', { name: figure.label, exact: true })
      expect(await card.getByTestId('last-reviewed').textContent()).toBe(`At your last review: ${shown(figure.key, snapshot[figure.key]!)}`)
    }
    await shoot(app, 'next-week-numbers')
    await page.getByRole('button', { name: /^7\s*Reflection/ }).click()
    await page.getByRole('heading', { level: 2, name: 'Reflection' }).waitFor()
    await page.getByText(INTENTIONS).waitFor()
    await page.getByText('Your intentions from the week of Nov 22, 2026').waitFor()
    expect(app.problems).toEqual([])
  })

  it('teaches what each step is for in an empty journal', { timeout: 60_000 }, async () => {
    await app.close()
    app = await startAt(NOW)
    const { page } = app
    await page.getByRole('button', { name: 'Start an empty journal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    await app.goto('#/review')
    const teaching = [
      'Nothing to count yet',
      'Nobody new this week',
      'Nobody is going cold',
      'No overdue follow-ups',
      'You are square with everyone',
      'No events next week',
      'This is your first reflection',
    ]
    for (const [index, text] of teaching.entries()) {
      await page.getByText(text).waitFor()
      if (index === 0) await page.screenshot({ path: `${SHOTS}/review-empty-numbers-light.png` })
      if (index === 2) await page.screenshot({ path: `${SHOTS}/review-empty-going-cold-light.png` })
      if (index < teaching.length - 1) await page.getByRole('button', { name: /^Next:/ }).click()
    }
    expect(app.problems).toEqual([])
  })
})
