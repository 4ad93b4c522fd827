/** @vitest-environment node */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { Channel } from '../../../shared/api/channels'
import type { TimelineModel } from '../../../shared/derive'
import type { SearchHit } from '../../../shared/search/searchIndex'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal

beforeEach(async () => {
  journal = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-views-')), 'journal.json'), { now: () => now, lock: false })
  await call('journal:loadSample', {})
})

async function call<T = never>(channel: Channel | string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, journal.handlers)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

describe('views kept per journal revision', () => {
  it('show a change on the very next call: the timeline, the people list and search', async () => {
    const before = await call<TimelineModel>('timeline:get', {})
    expect(await call<SearchHit[]>('search:query', { query: 'zanzibar' })).toEqual([])
    const [person] = await call<{ id: string }[]>('people:capture', { metOn: '2026-11-28', people: [{ name: 'Zanzibar Okafor', company: 'Spice Route Travel' }] })
    const after = await call<TimelineModel>('timeline:get', {})
    expect(after.lanes).toHaveLength(before.lanes.length + 1)
    expect(after.lanes.map((l) => l.name)).toContain('Zanzibar Okafor')
    expect((await call<SearchHit[]>('search:query', { query: 'zanzibar' }))[0]).toMatchObject({ id: person!.id })
    await call('people:update', { id: person!.id, patch: { name: 'Zara Okafor' } })
    // The person is found by the new name only; the "Met Zanzibar Okafor" conversation keeps its words.
    const people = async (query: string) => (await call<SearchHit[]>('search:query', { query })).filter((h) => h.kind === 'person')
    expect(await people('zanzibar')).toEqual([])
    expect((await people('zara'))[0]).toMatchObject({ id: person!.id })
    expect((await call<TimelineModel>('timeline:get', {})).lanes.map((l) => l.name)).toContain('Zara Okafor')
    await call('people:delete', { id: person!.id })
    expect(await people('zara okafor')).toEqual([])
    expect((await call<TimelineModel>('timeline:get', {})).lanes).toHaveLength(before.lanes.length)
  })

  it('answer each filter for itself', async () => {
    const all = await call<TimelineModel>('timeline:get', {})
    const cold = await call<TimelineModel>('timeline:get', { goingCold: true })
    expect(cold.lanes.length).toBeLessThan(all.lanes.length)
    expect(cold.lanes.every((l) => l.goingCold)).toBe(true)
    expect((await call<TimelineModel>('timeline:get', {})).lanes).toHaveLength(all.lanes.length)
  })
})

describe('views asked for while a save is still being written', () => {
  it('already include the change (no stale view paired with the new journal)', async () => {
    // A slow disk, once the journal is open: each write waits until the test lets it finish.
    const writes: Array<() => void> = []
    let hold = false
    const slow = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-slow-')), 'journal.json'), {
      now: () => now,
      lock: false,
      writeFile: () => (hold ? new Promise<void>((resolve) => writes.push(resolve)) : Promise.resolve()),
    })
    const ask = async <T>(channel: Channel, input: unknown) => {
      const result = await dispatch(channel, input, slow.handlers)
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    await ask<TimelineModel>('timeline:get', {})
    hold = true
    const saving = ask('people:create', { name: 'Mid Save' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(writes.length).toBeGreaterThan(0)
    // The person is in memory but not yet on disk: the timeline must not fail, and must show them.
    const during = await ask<TimelineModel>('timeline:get', {})
    expect(during.lanes.map((l) => l.name)).toContain('Mid Save')
    while (writes.length) writes.shift()!()
    await saving
  })
})
