import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/**
 * Everyday flows checked against the journal file: what a delete touches, quick capture at an
 * event, search, imported contacts and the printed cheat sheet. Typing itself: flows.test.ts.
 */
describe('what everyday flows leave in the journal', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const dialogNamed = (name: string): Locator => app.page.getByRole('dialog', { name, exact: true })

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })
  it('says what deleting an event touches, leaves no reference to it, and Undo puts the links back', async () => {
    const id = 'ev-bbq'
    const metThere = journal()
      .people.filter((p) => p.howWeMet.eventId === id)
      .map((p) => p.id)
    const talkedThere = journal()
      .interactions.filter((i) => i.eventId === id)
      .map((i) => i.id)
    expect(metThere.length).toBeGreaterThan(0)
    await app.goto(`#/events/${id}`)
    await app.page.getByRole('heading', { level: 1, name: 'Neighbourhood summer BBQ' }).waitFor()
    await app.page.getByRole('button', { name: 'Delete event: Neighbourhood summer BBQ' }).click()
    const confirm = dialogNamed('Delete Neighbourhood summer BBQ?')
    await confirm.getByText(`${metThere.length} people met there`).waitFor()
    await confirm.getByText(`${talkedThere.length} conversations`).waitFor()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect(journal().events.some((e) => e.id === id)).toBe(true)

    await app.page.getByRole('button', { name: 'Delete event: Neighbourhood summer BBQ' }).click()
    await confirm.getByRole('button', { name: 'Delete event' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
    await expect.poll(() => journal().events.some((e) => e.id === id)).toBe(false)
    const dangling = () => [...journal().people.filter((p) => p.howWeMet.eventId === id), ...journal().interactions.filter((i) => i.eventId === id)]
    expect(dangling()).toEqual([])
    await app.page.getByRole('alert').filter({ hasText: 'Deleted Neighbourhood summer BBQ.' }).getByRole('button', { name: 'Undo' }).click()
    await expect
      .poll(() =>
        journal()
          .people.filter((p) => p.howWeMet.eventId === id)
          .map((p) => p.id)
          .sort(),
      )
      .toEqual([...metThere].sort())
    expect(
      journal()
        .interactions.filter((i) => i.eventId === id)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...talkedThere].sort())

    // Deleted for good: the person page still says where and when, with no link to a page that is gone.
    await app.goto(`#/events/${id}`)
    await app.page.getByRole('button', { name: 'Delete event: Neighbourhood summer BBQ' }).click()
    await confirm.getByRole('button', { name: 'Delete event' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
    await app.goto(`#/people/${metThere[0]}`)
    await app.page.getByText(/^Met on .+ at Neighbourhood summer BBQ, Oak Street park\.$/).waitFor()
    expect(await app.page.getByRole('main').getByRole('link', { name: 'Neighbourhood summer BBQ' }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('quick capture at an event shows and saves its day, counts the follow-up from the meeting, and refuses an event still to come', async () => {
    const past = journal().events.find((e) => e.id === 'ev-holiday')!
    const start = new Date(past.startsAt)
    const eventDay = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`
    await app.goto('#/events/ev-holiday')
    await app.page.getByRole('heading', { level: 1, name: past.title }).waitFor()
    await app.page.keyboard.press('Control+J')
    const capture = dialogNamed('Quick capture: people you met')
    await expect.poll(() => capture.getByLabel('Met on').inputValue()).toBe(eventDay)
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('Capture Dayperson')
    await app.page.keyboard.press('Control+Enter')
    await expect.poll(() => capture.count()).toBe(0)
    const person = journal().people.find((p) => p.name === 'Capture Dayperson')!
    expect(person.howWeMet.date).toBe(eventDay)
    const due = new Date(journal().followUps.find((f) => f.personId === person.id)!.dueAt)
    const expected = new Date(start)
    expected.setDate(expected.getDate() + 3)
    expected.setHours(9, 0, 0, 0)
    expect(due.toISOString()).toBe(expected.toISOString())

    const coming = journal().events.find((e) => Date.parse(e.startsAt) > Date.now())!
    await app.goto(`#/events/${coming.id}`)
    await app.page.getByRole('heading', { level: 1, name: coming.title }).waitFor()
    await app.page.keyboard.press('Control+J')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('Too Early')
    await app.page.keyboard.press('Control+Enter')
    await capture.getByText(/has not happened yet/).waitFor()
    expect(journal().people.some((p) => p.name === 'Too Early')).toBe(false)
    // The service's refusal is the one problem the page saw (the browser logs the 400 answer).
    expect(app.problems.splice(0)).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)'])
  })

  it('clears a person\'s "met on" from the edit form', async () => {
    const id = 'p-noah-williams'
    expect(journal().people.find((p) => p.id === id)!.howWeMet.date).toBeTruthy()
    await app.goto(`#/people/${id}`)
    await app.page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    await app.page.getByRole('button', { name: 'Edit' }).first().click()
    const edit = dialogNamed('Edit Noah Williams')
    await edit.getByLabel('Met on').fill('')
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => edit.count()).toBe(0)
    expect(journal().people.find((p) => p.id === id)!.howWeMet.date).toBeUndefined()
    expect(app.problems).toEqual([])
  })

  it('says with whom a conversation found by search was', async () => {
    const talk = journal().interactions.find((i) => i.personIds.length === 1 && i.summary.length > 12)!
    const withWhom = journal().people.find((p) => p.id === talk.personIds[0])!.name
    await app.goto('#/events')
    await app.page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
    await app.page.keyboard.press('Control+K')
    await app.page.getByRole('textbox', { name: 'Search everything' }).fill(talk.summary)
    const hit = app.page.getByRole('button', { name: new RegExp(talk.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()
    await hit.waitFor()
    expect(await hit.textContent()).toContain(`with ${withWhom}`)
    await app.page.keyboard.press('Escape')
  })

  it('does not count contacts imported without a meeting day as people met this week', async () => {
    const vcf = join(mkdtempSync(join(tmpdir(), 'kith-flows-')), 'contacts.vcf')
    const card = (first: string, last: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${last};${first};;;\r\nFN:${first} ${last}\r\nEMAIL:${first.toLowerCase()}@example.com\r\nEND:VCARD\r\n`
    writeFileSync(vcf, card('Ivy', 'Imported') + card('Otto', 'Imported'))
    await app.goto('#/import')
    await app.page.getByRole('heading', { level: 1, name: 'Import & export' }).waitFor()
    await app.page.locator('input[type=file]').setInputFiles(vcf)
    await app.page.getByRole('button', { name: 'Import 2 people' }).click()
    await app.page.getByTestId('import-result').waitFor()
    expect(
      journal()
        .people.filter((p) => p.name.endsWith(' Imported'))
        .map((p) => p.howWeMet.date),
    ).toEqual([undefined, undefined])

    await app.goto('#/review')
    await app.page.getByRole('heading', { level: 2, name: 'The week in numbers' }).waitFor()
    await app.page.getByRole('button', { name: /^Next:/ }).click()
    await app.page.getByRole('heading', { level: 2, name: 'New people this week' }).waitFor()
    // The step lists what the journal answered (the sample alone has nobody new this week, the walk above does).
    await app.page.waitForLoadState('networkidle')
    expect(await app.page.getByRole('article', { name: /Imported$/ }).count()).toBe(0)
    expect(app.problems).toEqual([])
  })

  it('prints the cheat sheet with margins, at a readable size, without the same "Ask about" line on every card', async () => {
    await app.goto('#/events/ev-conference/cheat-sheet')
    await app.page.getByRole('heading', { level: 1, name: /Cheat sheet/ }).waitFor()
    await app.page.getByRole('article').first().waitFor()
    const cards = await app.page.getByRole('article').count()
    const pdf = join(mkdtempSync(join(tmpdir(), 'kith-sheet-')), 'sheet.pdf')
    await app.page.emulateMedia({ media: 'print' })
    await app.page.pdf({ path: pdf, format: 'Letter' })
    await app.page.emulateMedia({ media: 'screen' })
    // Every word sits at least 0.4 inch inside the paper's edge (pdftotext measures in points).
    const words = [
      ...execFileSync('pdftotext', ['-bbox', pdf, '-'])
        .toString()
        .matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
    ]
    expect(words.length).toBeGreaterThan(100)
    for (const [, xMin, yMin, xMax] of words) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(28.8)
      expect(Number(yMin)).toBeGreaterThanOrEqual(28.8)
      expect(612 - Number(xMax)).toBeGreaterThanOrEqual(28.8)
    }
    // Body text at 10 pt or more: a line of body text is at least 10 pt tall.
    const body = words.filter(([, , , , , text]) => text === 'Last').map(([, , yMin, , yMax]) => Number(yMax) - Number(yMin))
    expect(Math.min(...body)).toBeGreaterThanOrEqual(9.5)
    // The line most cards share is printed once; no two cards repeat the same "Ask about" line.
    const lines = await app.page
      .getByRole('article')
      .evaluateAll((articles) =>
        articles.flatMap((a) =>
          [...a.querySelectorAll('dt')].filter((dt) => dt.textContent === 'Ask about').map((dt) => dt.nextElementSibling?.textContent ?? ''),
        ),
      )
    expect(lines.length).toBeLessThan(cards)
    expect(new Set(lines).size).toBe(lines.length)
  })
})
