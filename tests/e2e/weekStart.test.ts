import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/**
 * One week everywhere: "next week" on a snooze begins on the day the weekly review's week
 * begins (the user's locale), and every date shown reads as the user's locale writes it.
 */
describe('one week and one date convention', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('snoozes "until next week" to the first day after the review\'s week', async () => {
    await app.goto('#/review')
    const week = await app.page.getByText(/^This week: /).innerText()
    const lastDay = /– (\w+ \d+, \d{4})/.exec(week)![1]!
    const nextWeekStarts = new Date(`${lastDay} 00:00:00`)
    nextWeekStarts.setDate(nextWeekStarts.getDate() + 1)

    await app.goto('#/followups')
    const card = app.page.getByRole('article').first()
    const note = (await card.getAttribute('aria-label'))!.replace(/^Follow-up: /, '')
    await card.getByRole('button', { name: /^Snooze/ }).click()
    await app.page.getByRole('menuitem', { name: 'Snooze until next week' }).click()
    await expect.poll(() => journal().followUps.find((f) => f.note === note)?.snoozedUntil, { timeout: 10_000 }).toBeDefined()
    const until = new Date(journal().followUps.find((f) => f.note === note)!.snoozedUntil!)
    expect(until.toDateString()).toBe(nextWeekStarts.toDateString())
    expect(until.getHours()).toBe(9)
  })

  it('shows no ISO date on any page, nor in the "Met at" list', async () => {
    const iso = /\b\d{4}-\d{2}-\d{2}\b/
    const people = journal().people.slice(0, 3)
    const events = journal().events
    const routes = ['#/timeline', '#/people', '#/events', '#/followups', '#/referrals', '#/review', '#/review/history']
    for (const route of [...routes, ...people.map((p) => `#/people/${p.id}`), ...events.map((e) => `#/events/${e.id}`)]) {
      await app.goto(route)
      await app.page.getByRole('heading', { level: 1 }).first().waitFor()
      await app.page.getByRole('main').getByText(/\w/).first().waitFor()
      const text = await app.page.getByRole('main').innerText()
      expect(text.match(/.{0,40}\b\d{4}-\d{2}-\d{2}\b.{0,20}/)?.[0], route).toBeUndefined()
    }
    // The "Met at" list in quick capture, opened by typing as a person does.
    await app.goto('#/timeline')
    await app.page.keyboard.press('Control+J')
    const metAt = app.page.getByRole('dialog').getByLabel('Met at')
    await metAt.waitFor()
    await metAt.click()
    const options = await app.page.getByRole('option').allInnerTexts()
    expect(options.length).toBeGreaterThan(0)
    expect(options.filter((o) => iso.test(o))).toEqual([])
  })
})
