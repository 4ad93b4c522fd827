import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/** Money has a currency: the locale's until the user picks one in Settings, then that one everywhere. */
describe('amounts of money in one currency', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const main = () => app.page.getByRole('main')
  const shows = (text: string) => expect.poll(() => main().innerText(), { timeout: 10_000 }).toContain(text)
  // The sample's closed referrals are worth 4,500 each; a person with one, and an event they are expected at.
  const dana = () => journal().people.find((p) => p.name === 'Dana Reyes')!
  const sheetWithDana = () => journal().events.find((e) => e.expectedAttendeeIds.includes(dana().id))

  beforeAll(async () => {
    app = await startWithSample({ locale: 'en-US' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it("shows a journal without a currency (the sample) in the locale's: dollars for en-US", async () => {
    expect(journal().settings.currency).toBeUndefined()
    await app.goto('#/referrals')
    await shows('$9,000 closed')
    await shows('$0 / $4,500')
    await app.goto(`#/people/${dana().id}`)
    await shows('Closed business: $4,500')
    await shows('$4,500 closed')
    await app.goto('#/settings')
    await expect.poll(() => app.page.getByRole('combobox', { name: 'Currency' }).inputValue()).toMatch(/\(USD\)$/)
  })

  it('saves a currency chosen by typing in Settings, and every amount follows it', async () => {
    await app.goto('#/settings')
    const currency = app.page.getByRole('combobox', { name: 'Currency' })
    await currency.click()
    await currency.fill('')
    await app.page.keyboard.type('Euro')
    await app.page.getByRole('option', { name: 'Euro (EUR)' }).waitFor()
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('Enter')
    await expect.poll(() => journal().settings.currency, { timeout: 10_000 }).toBe('EUR')
    await app.goto('#/referrals')
    await shows('€9,000 closed')
    expect(await main().innerText()).not.toContain('$')
    await app.goto(`#/people/${dana().id}`)
    await shows('Closed business: €4,500')
    const event = sheetWithDana()
    expect(event).toBeDefined()
    await app.goto(`#/events/${event!.id}/cheat-sheet`)
    await shows('(Closed, €4,500)')
    expect(app.problems).toEqual([])
  })
})
