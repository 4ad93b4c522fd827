import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/** A completed review opened again: the first click on Next or on a step moves, on every fresh load. */
describe('a completed weekly review, opened again', () => {
  let app: RunningApp
  const stepTitle = () => app.page.locator('#review-step-title')

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('moves on the first click, three fresh loads in a row', async () => {
    await app.goto('#/review')
    await app.page
      .getByRole('button', { name: /Reflection/ })
      .first()
      .click()
    await expect.poll(() => stepTitle().innerText()).toBe('Reflection')
    await app.page.getByRole('textbox').first().fill('Met two new people at the mixer.')
    await app.page.getByRole('button', { name: 'Complete the review' }).click()
    await expect.poll(() => app.journal.store.journal.reviews.some((r) => r.completedAt)).toBe(true)

    for (let load = 0; load < 3; load++) {
      await app.page.reload()
      await app.page.getByText(/You reviewed this week on/).waitFor()
      await expect.poll(() => stepTitle().innerText()).toBe('The week in numbers')
      await app.page.getByRole('button', { name: /^Next:/ }).click()
      await expect.poll(() => stepTitle().innerText(), { message: `load ${load + 1}: Next` }).toBe('New people this week')
      await app.page
        .getByRole('button', { name: /Going cold/ })
        .first()
        .click()
      await expect.poll(() => stepTitle().innerText(), { message: `load ${load + 1}: step` }).toBe('Going cold')
    }
    expect(app.problems).toEqual([])
  })
})
