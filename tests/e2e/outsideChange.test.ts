import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyJournal } from '../../shared/domain'
import { startApp, type RunningApp } from './harness'

const SHOTS = '.tmp/shots'

/** A sync tool replaces the journal while Kith is open and idle: Kith keeps both and says so on the page. */
describe('a journal replaced outside Kith, in the browser', () => {
  let app: RunningApp

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    app = await startApp()
    await app.journal.handlers['journal:loadSample']({})
  })
  afterAll(async () => {
    await app?.close()
  })

  it('keeps the outside version as a named copy, keeps Kith’s own in the journal, and shows a banner saying so', async () => {
    const { page, journalPath } = app
    await app.goto('#/people')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const theirs = JSON.stringify({ ...emptyJournal(new Date('2026-11-01T00:00:00Z')), settings: { ...emptyJournal(new Date()).settings, onboarded: true } })
    writeFileSync(`${journalPath}.sync`, theirs)
    renameSync(`${journalPath}.sync`, journalPath)

    const banner = page.getByRole('status').filter({ hasText: 'Your journal was changed outside Kith' })
    await banner.waitFor()
    const copies = readdirSync(dirname(journalPath)).filter((name) => /^journal\.outside-.*\.json$/.test(name))
    expect(copies).toHaveLength(1)
    expect(await banner.getByText(new RegExp(copies[0]!.replace(/[.]/g, '\\.'))).count()).toBe(1)
    expect(readFileSync(`${dirname(journalPath)}/${copies[0]}`, 'utf8')).toBe(theirs)
    expect((JSON.parse(readFileSync(journalPath, 'utf8')) as { people: unknown[] }).people.length).toBeGreaterThan(0)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: `${SHOTS}/outside-change-${scheme}.png` })
    }
    expect(app.problems).toEqual([])
  })
})
