import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/**
 * A shortcut opens a dialog that fades in over a frame and then focuses its first field. Keys a
 * fast typist presses in that moment belong to that field: none may be lost or land on the page.
 * The page's CPU is slowed (as on a busy machine) so the moment is long enough to type into:
 * before useTypeAhead, every key of 'Noah Wil' was lost on the first try.
 */
describe('typing straight after a shortcut opens a dialog', () => {
  let app: RunningApp
  const dialogNamed = (name: string): Locator => app.page.getByRole('dialog', { name, exact: true })
  const journal = () => app.journal.store.journal
  /** A picker's text field: Mantine gives a searchable picker the combobox role, a multi-picker's search field none of its own. */
  const field = (dialog: Locator, name: RegExp) => dialog.getByRole('combobox', { name }).or(dialog.getByRole('textbox', { name })).first()

  beforeAll(async () => {
    app = await startWithSample()
    const cdp = await app.page.context().newCDPSession(app.page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 })
  })
  afterAll(async () => {
    await app?.close()
  })

  const openPeople = async () => {
    await app.goto('#/people')
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
  }

  it('keeps every key typed while "Log a conversation" opens, and Enter then picks the match', { timeout: 120_000 }, async () => {
    const log = dialogNamed('Log a conversation')
    for (let attempt = 1; attempt <= 3; attempt++) {
      await openPeople()
      await app.page.keyboard.press('Control+L')
      await app.page.keyboard.type('Noah Wil')
      await expect.poll(() => field(log, /With/).inputValue()).toBe('Noah Wil')
      await app.page.getByRole('option', { name: /Noah Williams/ }).waitFor()
      if (attempt < 3) {
        await app.page.keyboard.press('Escape') // closes the list
        await app.page.keyboard.press('Escape') // a name typed but not picked is not yet a draft: closes
        await expect.poll(() => log.count()).toBe(0)
      }
    }
    await app.page.keyboard.press('Enter')
    await log.getByRole('textbox', { name: /What we talked about/ }).fill('Typed before the dialog was ready')
    await log.getByRole('button', { name: 'Log conversation' }).click()
    await expect.poll(() => log.count()).toBe(0)
    expect(journal().interactions.find((i) => i.summary === 'Typed before the dialog was ready')?.personIds).toEqual(['p-noah-williams'])
    expect(app.problems).toEqual([])
  })

  it('keeps the keys typed while Quick capture and search open', { timeout: 120_000 }, async () => {
    await openPeople()
    await app.page.keyboard.press('Control+J')
    await app.page.keyboard.type('Summer')
    // With no event open, Quick capture starts at "Met at": the keys narrow its list of events.
    const capture = dialogNamed('Quick capture: people you met')
    await expect.poll(() => field(capture, /Met at/).inputValue()).toBe('Summer')
    await app.page.keyboard.press('Escape')
    await app.page.keyboard.press('Escape')
    await expect.poll(() => capture.count()).toBe(0)

    await app.page.keyboard.press('Control+K')
    await app.page.keyboard.type('Noah Williams')
    await expect.poll(() => app.page.getByRole('textbox', { name: 'Search everything' }).inputValue()).toBe('Noah Williams')
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    expect(app.problems).toEqual([])
  })
})
