/** @vitest-environment node */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'

const now = new Date('2026-11-29T12:00:00')
let journal: OpenJournal

beforeEach(async () => {
  journal = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-days-')), 'journal.json'), { now: () => now, lock: false })
  await dispatch('journal:loadSample', {}, journal.handlers)
})
const person = () => journal.store.journal.people.find((p) => p.id === 'p-noah-williams')!

describe('days that must not be in the future', () => {
  it('clears "met on" with null and refuses a day after today, naming the field', async () => {
    expect(person().howWeMet.date).toBeTruthy()
    expect(await dispatch('people:update', { id: 'p-noah-williams', patch: { metOn: null } }, journal.handlers)).toMatchObject({ ok: true })
    expect(person().howWeMet.date).toBeUndefined()
    const refused = await dispatch('people:update', { id: 'p-noah-williams', patch: { metOn: '2026-11-30' } }, journal.handlers)
    expect(refused).toEqual({ ok: false, error: { field: 'metOn', message: 'metOn: that day is in the future. Pick today or an earlier day.' } })
    expect(person().howWeMet.date).toBeUndefined()
    expect(await dispatch('people:update', { id: 'p-noah-williams', patch: { metOn: '2026-11-29' } }, journal.handlers)).toMatchObject({ ok: true })
  })

  it('refuses a person met, or a conversation held, after today', async () => {
    const count = journal.store.journal.interactions.length
    const talk = { kind: 'coffee', personIds: ['p-noah-williams'], summary: 'Coffee' }
    expect(await dispatch('interactions:create', { ...talk, date: '2026-11-30T15:00:00.000Z' }, journal.handlers)).toMatchObject({
      ok: false,
      error: { field: 'date' },
    })
    expect(await dispatch('people:create', { name: 'Future Person', metOn: '2026-12-01' }, journal.handlers)).toMatchObject({
      ok: false,
      error: { field: 'metOn' },
    })
    expect(journal.store.journal.interactions).toHaveLength(count)
    expect(await dispatch('interactions:create', { ...talk, date: new Date('2026-11-29T09:00:00').toISOString() }, journal.handlers)).toMatchObject({
      ok: true,
    })
  })
})
