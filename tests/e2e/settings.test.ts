import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/** Settings keep what was typed: they save as you go, so leaving the page loses nothing. */
describe('settings save as you go', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const openSettings = async () => {
    await app.goto('#/settings')
    await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
  }

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('has no Save buttons to forget', async () => {
    await openSettings()
    await app.page.getByRole('textbox', { name: /My elevator pitch/ }).waitFor()
    expect(await app.page.getByRole('button', { name: /^Save/ }).count()).toBe(0)
  })

  it('keeps a pitch typed just before a click on another page', async () => {
    await openSettings()
    const pitch = app.page.getByRole('textbox', { name: /My elevator pitch/ })
    await pitch.fill('')
    await pitch.pressSequentially('I help bakeries sell more.')
    await app.page.getByRole('link', { name: 'Follow-ups' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor()
    await expect.poll(() => journal().profile.elevatorPitch, { timeout: 10_000 }).toBe('I help bakeries sell more.')
    await openSettings()
    expect(await app.page.getByRole('textbox', { name: /My elevator pitch/ }).inputValue()).toBe('I help bakeries sell more.')
  })

  it('keeps a cadence, a switch and a backup count changed just before leaving by keyboard', async () => {
    await openSettings()
    const cadence = app.page.getByRole('textbox', { name: /Keep in touch every/ })
    await cadence.fill('21')
    await app.page.getByRole('switch', { name: /Start Kith when I log in/ }).check({ force: true })
    const daily = app.page.getByRole('textbox', { name: /Days of backups to keep/ })
    await daily.fill('9')
    await app.page.keyboard.press('Control+K')
    await app.page.getByRole('textbox', { name: 'Search everything' }).waitFor()
    await app.page.keyboard.type('Noah Williams')
    await app.page.getByRole('dialog').getByText('Chamber of Commerce').first().waitFor()
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    await expect
      .poll(() => [journal().settings.defaultCadenceDays, journal().settings.launchAtLogin, journal().settings.backups.keepDaily], { timeout: 10_000 })
      .toEqual([21, true, 9])
  })

  it('says what is wrong and saves nothing wrong', async () => {
    await openSettings()
    const cadence = app.page.getByRole('textbox', { name: /Keep in touch every/ })
    await cadence.fill('')
    await app.page.getByText('Enter a whole number of days', { exact: false }).first().waitFor()
    await app.page.getByRole('link', { name: 'People' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    expect(journal().settings.defaultCadenceDays).toBe(21)
    expect(app.problems).toEqual([])
  })
})
