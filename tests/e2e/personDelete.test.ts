import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Journal } from '../../shared/domain'
import { startWithSample, type RunningApp } from './harness'

/** Deleting a person says what it touches, leaves nothing pointing at them, and Undo puts it all back. */
describe('deleting a person', () => {
  let app: RunningApp
  const journal = () => app.journal.store.journal
  const id = 'p-noah-williams'
  const records = (j: Journal) => {
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
    return { people: byId(j.people), interactions: byId(j.interactions), referrals: byId(j.referrals), events: byId(j.events), followUps: byId(j.followUps) }
  }

  beforeAll(async () => {
    app = await startWithSample()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('asks first, naming the conversations, referrals and introductions it changes', async () => {
    const before = structuredClone(records(journal()))
    const talks = journal().interactions.filter((i) => i.personIds.includes(id)).length
    const referrals = journal().referrals.filter((r) => r.toPersonId === id || r.fromPersonId === id).length
    const introduced = journal().people.filter((p) => p.howWeMet.introducedById === id).length
    expect([talks > 0, referrals > 0, introduced > 0]).toEqual([true, true, true])

    await app.goto(`#/people/${id}`)
    await app.page.getByRole('heading', { level: 1, name: 'Noah Williams' }).waitFor()
    await app.page
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click()
    const confirm = app.page.getByRole('dialog', { name: 'Delete Noah Williams?' })
    await confirm.getByText(new RegExp(`^${talks} conversations?`)).waitFor()
    await confirm.getByText(new RegExp(`^${referrals} referrals?`)).waitFor()
    await confirm.getByText(new RegExp(`^${introduced} (people|person) .*introduced`)).waitFor()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect(journal().people.some((p) => p.id === id)).toBe(true)

    await app.page
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click()
    await confirm.getByRole('button', { name: /^Delete/ }).click()
    await app.page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await expect.poll(() => journal().people.some((p) => p.id === id)).toBe(false)
    // Nothing outside the trash points at them.
    expect(JSON.stringify({ ...journal(), trash: [] })).not.toContain(id)

    await app.page.getByRole('alert').filter({ hasText: 'Deleted Noah Williams.' }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => journal().people.some((p) => p.id === id)).toBe(true)
    expect(records(journal())).toEqual(before)
    expect(app.problems).toEqual([])
  })
})
