import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJournal } from '../../electron/main/journal/openJournal'
import type { Person } from '../../shared/domain'
import { startApp, type RunningApp } from './harness'

const SHOTS = '.tmp/shots'

/** A journal with two bad records among good ones: the good ones open, the bad ones are listed to mend or drop. */
describe('a journal with invalid records, in the browser', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kith-set-aside-'))
  const journalPath = join(folder, 'journal.json')
  let app: RunningApp

  beforeAll(async () => {
    const setup = await openJournal(journalPath)
    await setup.handlers['journal:loadSample']({})
    await setup.store.close()
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { people: Person[] }
    journal.people[0] = { ...journal.people[0]!, name: 'Dana Reyes', howWeMet: { date: '2026-02-31' } }
    journal.people[1] = {
      ...journal.people[1]!,
      name: 'Lee Park',
      notes: Array.from({ length: 1_001 }, (_, i) => ({ id: `n${i}`, text: 'hi', private: false, createdAt: '2026-11-01T10:00:00Z' })),
    }
    writeFileSync(journalPath, JSON.stringify(journal))
    mkdirSync(SHOTS, { recursive: true })
    app = await startApp({ journalPath })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lists each set-aside record with its field, mends one, drops the other, and opens the rest', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Kith set a few records aside' }).waitFor()
    const rows = page.getByRole('table').getByRole('row')
    await rows.filter({ hasText: 'Dana Reyes' }).getByText('howWeMet.date must be a date like 2026-11-29').waitFor()
    await rows.filter({ hasText: 'Lee Park' }).getByText('notes must have at most 1000 items').waitFor()
    expect(await rows.filter({ hasText: 'Lee Park' }).getByRole('button', { name: /Mend/ }).count()).toBe(0)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: `${SHOTS}/recovery-set-aside-${scheme}.png`, fullPage: true })
    }
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: 'Mend Dana Reyes: clear howWeMet.date' }).click()
    await rows.filter({ hasText: 'Dana Reyes' }).waitFor({ state: 'detached' })
    expect(app.journal.store.journal.people.some((p) => p.name === 'Dana Reyes')).toBe(true)

    await page.getByRole('button', { name: 'Drop Lee Park' }).click()
    // Nothing left to settle: the app itself opens, with the rest of the journal.
    await page.getByRole('heading', { level: 1, name: 'Kith set a few records aside' }).waitFor({ state: 'detached' })
    const onDisk = JSON.parse(readFileSync(journalPath, 'utf8')) as { people: Person[] }
    expect(onDisk.people.some((p) => p.name === 'Lee Park')).toBe(false)
    expect(onDisk.people.some((p) => p.name === 'Dana Reyes')).toBe(true)
    expect(app.problems).toEqual([])
  })
})
