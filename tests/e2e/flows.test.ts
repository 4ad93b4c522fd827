import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'
import { localDayDigits, typeDateTime } from './typing'

/**
 * Everyday flows driven as a person does them (typing, Enter, Escape), checked against the
 * journal file: typed times, unsaved typing, Enter on the first match. What the flows leave in
 * the journal (deletes, capture at an event, imports, printing): flowsRecords.test.ts.
 */
describe('everyday flows in the browser', () => {
  let app: RunningApp
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000)
  const journal = () => app.journal.store.journal
  const dialogNamed = (name: string): Locator => app.page.getByRole('dialog', { name, exact: true })
  const logConversationFromPeople = async () => {
    await app.goto('#/people')
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await app.page.keyboard.press('Control+L')
    return dialogNamed('Log a conversation')
  }

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('saves an event at the time typed after its date, and before it', async () => {
    const day = inDays(3)
    for (const [title, order] of [
      ['Typed-time mixer', 'date first'],
      ['Time-first breakfast', 'time first'],
    ] as const) {
      await app.goto('#/events')
      await app.page.getByRole('button', { name: 'Add event' }).first().click()
      const dialog = dialogNamed('Add an event')
      await dialog.getByRole('textbox', { name: /Title/ }).fill(title)
      await typeDateTime(dialog.getByLabel(/^Starts/), localDayDigits(day), '1800', order)
      await dialog.getByRole('button', { name: 'Add event' }).click()
      await app.page.getByRole('heading', { level: 1, name: title }).waitFor()
      const saved = new Date(journal().events.find((e) => e.title === title)!.startsAt)
      expect([saved.getFullYear(), saved.getMonth(), saved.getDate(), saved.getHours(), saved.getMinutes()]).toEqual([
        day.getFullYear(),
        day.getMonth(),
        day.getDate(),
        18,
        0,
      ])
    }
    expect(app.problems).toEqual([])
  })

  it('plans a follow-up at the typed day and time', async () => {
    const day = inDays(5)
    await app.goto('#/followups')
    await app.page.getByRole('button', { name: 'Plan a follow-up' }).first().click()
    const dialog = dialogNamed('Plan a follow-up')
    await dialog.getByRole('combobox', { name: /Follow up with/ }).click()
    await app.page.keyboard.type('Noah Will')
    await app.page.getByRole('option', { name: /Noah Williams/ }).waitFor()
    await app.page.keyboard.press('Enter')
    await dialog.getByText('On a date').click()
    const on = dialog.getByLabel(/^On( \*)?$/)
    // 09:30 without AM or PM is not a time yet: the field says so instead of refusing silently.
    await typeDateTime(on, localDayDigits(day), '0930', 'date first')
    await dialog.getByRole('textbox', { name: /What to do/ }).fill('Typed-time follow-up')
    await dialog.getByText(/Not finished: fill in every part/).waitFor()
    await on.click({ position: { x: 14, y: 12 } })
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('Tab')
    await app.page.keyboard.type('A')
    await expect.poll(() => dialog.getByText(/Not finished/).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Plan follow-up' }).click()
    await app.page.getByRole('article', { name: 'Follow-up: Typed-time follow-up' }).waitFor()
    const planned = journal().followUps.find((f) => f.note === 'Typed-time follow-up')!
    expect(planned.personId).toBe('p-noah-williams')
    const due = new Date(planned.dueAt)
    expect([due.getDate(), due.getHours(), due.getMinutes()]).toEqual([day.getDate(), 9, 30])
  })

  it('keeps the Add event typing when Escape closes the date field, and asks before dropping it', async () => {
    await app.goto('#/events')
    await app.page.getByRole('button', { name: 'Add event' }).first().click()
    const dialog = dialogNamed('Add an event')
    await dialog.getByRole('textbox', { name: /Title/ }).fill('Escape-proof lunch')
    await dialog.getByLabel('Venue').fill('Riverside Hotel')
    await dialog.getByLabel('Kind').click()
    await app.page.keyboard.press('Escape')
    await expect.poll(() => dialog.getByRole('textbox', { name: /Title/ }).inputValue()).toBe('Escape-proof lunch')
    // Escape on the dialog itself asks first; "Keep editing" keeps everything.
    await dialog.getByRole('textbox', { name: /Title/ }).focus()
    await app.page.keyboard.press('Escape')
    const prompt = dialogNamed('Discard what you typed?')
    await prompt.getByRole('button', { name: 'Keep editing' }).click()
    expect(await dialog.getByLabel('Venue').inputValue()).toBe('Riverside Hotel')
    await app.page.keyboard.press('Escape')
    await prompt.getByRole('button', { name: 'Discard' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(journal().events.some((e) => e.title === 'Escape-proof lunch')).toBe(false)
  })

  it('asks before Escape drops a half-typed conversation or quick capture, and closes untouched ones at once', async () => {
    const log = await logConversationFromPeople()
    await log.getByRole('textbox', { name: /What we talked about/ }).fill('Half-typed summary')
    await app.page.keyboard.press('Escape')
    await dialogNamed('Discard what you typed?').getByRole('button', { name: 'Keep editing' }).click()
    expect(await log.getByRole('textbox', { name: /What we talked about/ }).inputValue()).toBe('Half-typed summary')
    await app.page.keyboard.press('Escape')
    await dialogNamed('Discard what you typed?').getByRole('button', { name: 'Discard' }).click()
    await expect.poll(() => log.count()).toBe(0)

    await app.page.keyboard.press('Control+J')
    const capture = dialogNamed('Quick capture: people you met')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('Half Typed')
    await app.page.keyboard.press('Escape')
    await dialogNamed('Discard what you typed?').getByRole('button', { name: 'Keep editing' }).click()
    expect(await capture.getByRole('textbox', { name: 'Name of person 1' }).inputValue()).toBe('Half Typed')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('')
    await app.page.keyboard.press('Escape')
    await expect.poll(() => capture.count()).toBe(0)
    expect(journal().people.some((p) => p.name === 'Half Typed')).toBe(false)
  })

  it('picks the first match on Enter in the "With" picker', async () => {
    const log = await logConversationFromPeople()
    await app.page.keyboard.type('Noah Wil')
    await app.page.getByRole('option', { name: /Noah Williams/ }).waitFor()
    await app.page.keyboard.press('Enter')
    await log.getByRole('textbox', { name: /What we talked about/ }).fill('Enter-picked coffee')
    await log.getByRole('button', { name: 'Log conversation' }).click()
    await expect.poll(() => log.count()).toBe(0)
    expect(journal().interactions.find((i) => i.summary === 'Enter-picked coffee')?.personIds).toEqual(['p-noah-williams'])
  })

  it('opens the first search result on Enter typed straight after the query', async () => {
    await app.goto('#/events')
    await app.page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
    await app.page.keyboard.press('Control+K')
    await app.page.getByRole('textbox', { name: 'Search everything' }).waitFor()
    await app.page.keyboard.type('Noah Williams')
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    expect(app.page.url()).toContain('#/people/p-noah-williams')
    expect(app.problems).toEqual([])
  })
})
