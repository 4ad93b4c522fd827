import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWithSample, type RunningApp } from './harness'

/**
 * A note typed as a person would after an event, through the real dialog, the real service and
 * the journal on disk: typed, read, one namesake-free proposal confirmed with Ctrl+Enter.
 */
describe('capturing a note after an event', () => {
  let app: RunningApp
  const dialog = () => app.page.getByRole('dialog', { name: 'Capture a note' })
  const note = () => dialog().getByRole('textbox', { name: /What happened/ })

  beforeAll(async () => {
    mkdirSync('.tmp/shots', { recursive: true })
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('reads the note as it is typed, and Ctrl+Enter saves the new person, the conversation, the note and the follow-up', async () => {
    await app.page.getByRole('button', { name: 'Capture a note' }).click()
    await note().pressSequentially(
      "Coffee with Ines Moreau, designer at Atelier Moreau, after the leads group breakfast; she's looking for a printer; follow up Tuesday about samples",
      { delay: 5 },
    )
    await dialog()
      .getByRole('checkbox', { name: /Ines Moreau · designer at Atelier Moreau · new person/ })
      .waitFor()
    await dialog()
      .getByRole('checkbox', { name: /^At Leads group breakfast/ })
      .waitFor()
    expect(await dialog().getByRole('checkbox', { name: 'Learned: Looking for a printer' }).isChecked()).toBe(true)
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await app.page.screenshot({ path: `.tmp/shots/capture-note-${scheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })

    await note().press('Control+Enter')
    await dialog().waitFor({ state: 'hidden' })
    await app.journal.store.flush()
    const journal = app.journal.store.journal
    const ines = journal.people.find((p) => p.name === 'Ines Moreau')!
    expect(ines).toMatchObject({ company: 'Atelier Moreau', role: 'designer' })
    expect(ines.notes.map((n) => n.text)).toEqual(['Looking for a printer'])
    const coffee = journal.interactions.find((i) => i.personIds.includes(ines.id))!
    expect(coffee).toMatchObject({ kind: 'coffee', eventId: 'ev-leads-last' })
    expect(journal.followUps.find((f) => f.personId === ines.id)).toMatchObject({ status: 'pending', note: 'Follow up about samples' })
    expect(app.problems).toEqual([])
  })

  it('asks before Escape drops a typed note', async () => {
    await app.page.getByRole('button', { name: 'Capture a note' }).click()
    await note().fill('Met someone interesting')
    await note().press('Escape')
    await app.page.getByRole('dialog', { name: 'Discard what you typed?' }).getByRole('button', { name: 'Keep editing' }).click()
    expect(await note().inputValue()).toBe('Met someone interesting')
  })
})
