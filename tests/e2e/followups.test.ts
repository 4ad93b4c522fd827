import { mkdirSync } from 'node:fs'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/**
 * Follow-ups through the real bridge: the scheduler in the bridge pushes `followup:due`,
 * the renderer shows it as an in-app notification, snoozing moves it.
 */
describe('follow-ups in the browser', () => {
  let app: RunningApp
  const person = { id: 'p-noah-williams', name: 'Noah Williams' }
  const note = `Send Noah the Ohio article (${Date.now()})`
  const noticesOf = (text: string): Locator => app.page.getByRole('alert').filter({ hasText: text })
  const item = (): Locator => app.page.getByRole('article', { name: `Follow-up: ${note}` })
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const shot = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await pause(300)
      await app.page.screenshot({ path: `.tmp/shots/${name}-${scheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })
  }

  beforeAll(async () => {
    mkdirSync('.tmp/shots', { recursive: true })
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('notifies a follow-up due in 2 seconds exactly once, and a snooze moves it', async () => {
    await app.goto('#/followups')
    await app.page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor()
    const created = await app.journal.handlers['followups:create']({ personId: person.id, dueAt: new Date(Date.now() + 2_000).toISOString(), note })
    await item().waitFor()
    expect(await item().getByTestId('followup-due').textContent()).toMatch(/due now|in 1 minute|seconds/)

    // Give the scheduler time to notify, and any mistake time to notify twice.
    await noticesOf(note).first().waitFor({ timeout: 10_000 })
    await pause(6_000)
    expect(await noticesOf(note).count()).toBe(1)
    await expect.poll(() => app.journal.store.journal.followUps.find((f) => f.id === created.id)?.notifiedAt).toBeTruthy()
    await expect.poll(() => noticesOf(note).getByText(person.name).count()).toBe(1)
    await shot('followups-notification')

    // Snooze from the notification: it closes, and the list shows the new time.
    await noticesOf(note).getByRole('button', { name: 'Snooze an hour' }).click()
    await expect.poll(() => noticesOf(note).count()).toBe(0)
    await expect.poll(() => item().getByTestId('followup-due').textContent()).toMatch(/in (59 minutes|1 hour)/)
    const snoozed = app.journal.store.journal.followUps.find((f) => f.id === created.id)!
    expect(Date.parse(snoozed.snoozedUntil!) - Date.now()).toBeGreaterThan(58 * 60_000)
    expect(snoozed.notifiedAt).toBeUndefined()

    // A snooze 2 s ahead (the shortest menu choice is an hour): it notifies again, once.
    await app.journal.handlers['followups:snooze']({ id: created.id, until: new Date(Date.now() + 2_000).toISOString() })
    await expect.poll(() => item().getByTestId('followup-due').textContent()).toMatch(/due now|in 1 minute/)
    await noticesOf(note).first().waitFor({ timeout: 10_000 })
    await pause(6_000)
    expect(await noticesOf(note).count()).toBe(1)

    // A click on the notification opens the person.
    await noticesOf(note).getByText(note).click()
    await app.page.getByRole('heading', { level: 1, name: person.name }).waitFor()
    expect(app.page.url()).toContain(`#/people/${person.id}`)
    await expect.poll(() => noticesOf(note).count()).toBe(0)
    // The person page offers the same follow-up in one line.
    const quickAdd = app.page.getByRole('form', { name: `Plan a follow-up with ${person.name}` })
    await quickAdd.getByRole('button', { name: 'Plan' }).click()
    await quickAdd.getByText(/Say what to do/).waitFor()
    await quickAdd.scrollIntoViewIfNeeded()
    await app.page.screenshot({ path: '.tmp/shots/followups-person-quick-add-light.png' })
    expect(app.problems).toEqual([])
  })

  it('marks it done from the list, logging the conversation with the person', async () => {
    await app.goto('#/followups')
    await item()
      .getByRole('button', { name: `Done: ${note}` })
      .click()
    await app.page.getByRole('menuitem', { name: /log the conversation/ }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Log the conversation' })
    await dialog.getByRole('textbox', { name: 'What you talked about' }).fill('Sent the article; he will intro me to his CFO')
    await dialog.getByRole('button', { name: 'Mark done and log it' }).click()
    await expect.poll(() => item().count()).toBe(0)
    const logged = app.journal.store.journal.interactions.find((i) => i.summary === 'Sent the article; he will intro me to his CFO')
    expect(logged?.personIds).toEqual([person.id])
    expect(app.problems).toEqual([])
  })

  it('plans a follow-up with the form and from a going-cold suggestion', async () => {
    await app.goto('#/followups')
    await app.page.getByRole('button', { name: 'Plan a follow-up' }).first().click()
    const dialog = app.page.getByRole('dialog', { name: 'Plan a follow-up' })
    await dialog.getByRole('button', { name: 'Plan follow-up' }).click()
    await dialog.getByText('Pick who to follow up with.').waitFor()
    await dialog.getByRole('combobox', { name: /Follow up with/ }).fill('Noah')
    await app.page.getByRole('option', { name: /Noah Williams/ }).click()
    await dialog.getByRole('textbox', { name: /In how many days/ }).fill('2')
    await dialog.getByRole('textbox', { name: /What to do/ }).fill('Coffee about the CFO intro')
    await dialog.getByRole('button', { name: 'Plan follow-up' }).click()
    await app.page.getByRole('article', { name: 'Follow-up: Coffee about the CFO intro' }).getByText('in 2 days').waitFor()

    const cold = app.page.getByRole('region', { name: 'Going cold' })
    await cold.scrollIntoViewIfNeeded()
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await pause(300)
      await cold.screenshot({ path: `.tmp/shots/followups-going-cold-${scheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })
    const suggestion = cold.getByRole('button', { name: /^Follow up tomorrow with / }).first()
    const label = (await suggestion.getAttribute('aria-label'))!
    const name = label.replace(/^Follow up tomorrow with /, '')
    await suggestion.click()
    await app.page.getByText(`Follow-up with ${name} planned for tomorrow morning.`).waitFor()
    await expect.poll(() => cold.getByRole('button', { name: label }).count()).toBe(0)
    // The page as a user sees it once the confirmations have faded.
    await expect.poll(() => app.page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0)
    await app.page.evaluate(() => window.scrollTo(0, 0))
    await shot('followups-page')
    expect(app.problems).toEqual([])
  })

  it('saves the reminder settings, sending only what changed', async () => {
    await app.goto('#/settings')
    const form = app.page.getByRole('form', { name: 'Reminder settings' })
    await form.getByRole('switch', { name: /Hold notifications during quiet hours/ }).check({ force: true })
    // Settings save as you go (issue 15): the form says so once the change is in the journal.
    await form
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor()
    expect(app.journal.store.journal.settings.quietHours.enabled).toBe(true)
    const section = app.page.locator('.mantine-Paper-root', { has: app.page.getByRole('heading', { name: 'Reminders and keeping in touch' }) })
    await expect.poll(() => app.page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0)
    // A taller window and the section just below the fixed header: the whole section in one picture.
    await app.page.setViewportSize({ width: 1280, height: 1300 })
    await section.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72))
    await shot('settings-reminders')
    await app.page.setViewportSize({ width: 1280, height: 820 })
    expect(app.problems).toEqual([])
  })
})
