import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { startWithSample, type RunningApp } from './harness'

/**
 * Namesakes: creating someone whose name is already in the journal offers the one there
 * first, and wherever a name is shown alone two namesakes can be told apart.
 */
describe('namesakes in the browser', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const dialogNamed = (name: string): Locator => app.page.getByRole('dialog', { name, exact: true })
  const graces = () => journal().people.filter((p) => p.name.toLowerCase() === 'grace liu')
  const existing = 'p-grace-liu'

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('quick capture offers the Grace Liu already in the journal, and makes a new one only when told', async () => {
    expect(graces().map((p) => p.id)).toEqual([existing])
    const talksBefore = journal().interactions.filter((i) => i.personIds.includes(existing)).length
    await app.goto('#/events/ev-holiday')
    await app.page.getByRole('heading', { level: 1 }).waitFor()
    await app.page.keyboard.press('Control+J')
    const capture = dialogNamed('Quick capture: people you met')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('grace liu')
    const which = capture.getByLabel('Who is grace liu?')
    await which.waitFor()
    expect(await which.inputValue()).toBe('Grace Liu · Pinecrest Dental (already in your journal)')
    await app.page.keyboard.press('Control+Enter')
    await expect.poll(() => capture.count(), { timeout: 10_000 }).toBe(0)
    expect(graces().map((p) => p.id)).toEqual([existing])
    await expect.poll(() => journal().interactions.filter((i) => i.personIds.includes(existing)).length).toBe(talksBefore + 1)

    await app.page.keyboard.press('Control+J')
    await capture.getByRole('textbox', { name: 'Name of person 1' }).fill('Grace Liu')
    await capture.getByRole('textbox', { name: 'Company of person 1' }).fill('Harbor Bank')
    // Another company: somebody else until the person says otherwise.
    expect(await capture.getByLabel('Who is Grace Liu?').inputValue()).toBe('Someone new')
    await app.page.keyboard.press('Control+Enter')
    await expect.poll(() => graces().length, { timeout: 10_000 }).toBe(2)
    await expect.poll(() => capture.count(), { timeout: 10_000 }).toBe(0)
    expect(graces().find((p) => p.id !== existing)!.company).toBe('Harbor Bank')
  })

  it('Add person offers the people already there before adding another', async () => {
    await app.goto('#/people')
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await app.page.getByRole('button', { name: 'Add person' }).first().click()
    const add = dialogNamed('Add a person')
    await add.getByRole('textbox', { name: /Name/ }).fill('Grace  LIU')
    const offer = add.getByRole('list', { name: 'Already in your journal' })
    await offer.waitFor()
    expect((await offer.getByRole('link').allInnerTexts()).sort()).toEqual(['Grace Liu (Harbor Bank)', 'Grace Liu (Pinecrest Dental)'])
    await add.getByRole('button', { name: 'Add another Grace LIU' }).waitFor()
    await offer.getByRole('link', { name: 'Grace Liu (Pinecrest Dental)' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Grace Liu' }).waitFor()
    expect(app.page.url()).toContain(`#/people/${existing}`)
    expect(graces()).toHaveLength(2)
  })

  it('tells the two apart on Follow-ups, in the picker and in a reminder', async () => {
    const other = graces().find((p) => p.id !== existing)!.id
    await app.goto('#/followups')
    const cards = app.page.getByRole('article', { name: /^Follow-up: Follow up with Grace Liu/ })
    await cards.first().waitFor()
    const names = await cards.evaluateAll((list) => list.map((a) => a.querySelector('a')?.textContent))
    expect(names).toContain('Grace Liu (Harbor Bank)')

    await app.page.getByRole('button', { name: 'Plan a follow-up' }).first().click()
    const plan = dialogNamed('Plan a follow-up')
    await plan.getByRole('combobox', { name: /Follow up with/ }).click()
    await app.page.keyboard.type('Grace')
    const options = await app.page.getByRole('option', { name: /^Grace Liu/ }).allInnerTexts()
    expect(options.sort()).toEqual(['Grace Liu (Harbor Bank)', 'Grace Liu (Pinecrest Dental)'])
    await app.page.keyboard.press('Escape')
    await app.page.keyboard.press('Escape')

    const at = new Date(Date.now() - 60_000).toISOString()
    await app.journal.store.mutate((j) => {
      j.followUps.push({ id: 'f-namesake', createdAt: at, updatedAt: at, dueAt: at, personId: other, note: 'Ask about the bank', status: 'pending' })
    })
    const reminder = app.page.locator('.mantine-Notification-root', { hasText: 'Ask about the bank' })
    await reminder.waitFor({ timeout: 90_000 })
    expect(await reminder.innerText()).toContain('Grace Liu (Harbor Bank)')
  }, 120_000)
})
