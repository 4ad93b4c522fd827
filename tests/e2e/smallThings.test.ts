import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/** Issue 15, item 13's rest: sizes as people say them, backups told apart, one badge a word, text that matches its form, goals added in place. */
describe('the small things a person notices', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const main = () => app.page.getByRole('main')

  beforeAll(async () => {
    app = await startWithSample({ locale: 'en-US' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('says the import limit as a person would: "up to 7 MB"', async () => {
    await app.goto('#/import')
    await app.page.getByRole('button', { name: 'Choose a file…' }).waitFor()
    const text = await main().innerText()
    expect(text).toMatch(/up to \d+ MB/)
    expect(text).not.toMatch(/\d\.0 MB/)
  })

  it('shows an industry and a tag that are the same word once', async () => {
    const elena = journal().people.find((p) => p.industry === 'Legal' && p.tags.includes('legal'))!
    await app.goto(`#/people/${elena.id}`)
    await app.page.getByRole('heading', { level: 1, name: elena.name }).waitFor()
    await expect
      .poll(() =>
        main()
          .getByText(/^legal$/i, { exact: true })
          .count(),
      )
      .toBe(1)
  })

  it('says on the person page what the form beside it does: plan a follow-up right there', async () => {
    const quiet = journal().people.find((p) => !journal().followUps.some((f) => f.personId === p.id && f.status === 'pending'))!
    await app.goto(`#/people/${quiet.id}`)
    const form = app.page.getByRole('form', { name: `Plan a follow-up with ${quiet.name}` })
    await form.waitFor()
    const section = main().getByRole('heading', { level: 2, name: 'Follow-ups' }).locator('..')
    const text = await section.innerText()
    expect(text).not.toMatch(/from Follow-ups/)
    // And the form does it: typed, then Enter.
    await form.getByRole('textbox', { name: 'What to do' }).click()
    await app.page.keyboard.type('Send the bakery article')
    await app.page.keyboard.press('Enter')
    await expect.poll(() => journal().followUps.some((f) => f.personId === quiet.id && f.note === 'Send the bakery article')).toBe(true)
  })

  it('adds goals to an event without opening Edit', async () => {
    const event = journal().events.find((e) => !e.goals)!
    await app.goto(`#/events/${event.id}`)
    await app.page.getByRole('heading', { level: 1, name: event.title }).waitFor()
    await main().getByRole('button', { name: 'Add goals' }).click()
    const goals = main().getByRole('textbox', { name: 'My goals' })
    await goals.waitFor()
    await app.page.keyboard.type('Meet two accountants')
    await app.page.keyboard.press('Control+Enter')
    await expect.poll(() => journal().events.find((e) => e.id === event.id)?.goals).toBe('Meet two accountants')
    await expect.poll(() => main().getByRole('heading', { level: 2, name: 'My goals' }).locator('..').innerText()).toContain('Meet two accountants')
  })

  it('tells apart backups taken in the same minute, and in the same second', async () => {
    // Backups as Kith names them, beside the journal: two in one minute, two in one millisecond (a sequence number).
    const folder = join(dirname(app.journalPath), 'backups')
    mkdirSync(folder, { recursive: true })
    const minute = new Date(Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000)
    const stamp = (seconds: number) => new Date(minute.getTime() + seconds * 1000).toISOString().replace(/[:.]/g, '-')
    const journalText = readFileSync(app.journalPath)
    for (const name of [`${stamp(5)}-before-import`, `${stamp(5)}-1-before-import`, `${stamp(35)}-before-import`]) {
      writeFileSync(join(folder, `journal-${name}.json`), journalText)
    }
    await app.goto('#/settings')
    const restoreButtons = main().getByRole('button', { name: /^Restore the backup from / })
    await expect.poll(() => restoreButtons.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
    const labels = await restoreButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))
    expect(new Set(labels).size).toBe(labels.length)
  })
})
