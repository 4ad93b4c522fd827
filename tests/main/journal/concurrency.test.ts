/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openService, tempJournalPath } from './helpers'

describe('1,000 concurrent mutations through the service', () => {
  it('are all acknowledged, coalesced into far fewer writes, and all present after reopening', async () => {
    const path = tempJournalPath()
    let writes = 0
    const { writeFileDurably } = await import('../../../electron/main/journal/durableFile')
    const first = await openService(path, { writeFile: (target, data) => (writes++, writeFileDurably(target, data)) })
    const dana = await first.handlers['people:create']({ name: 'Dana Reyes' })
    writes = 0

    const started = performance.now()
    const results = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) =>
        i % 2 === 0
          ? dispatch('people:create', { name: `Person ${i}` }, first.handlers)
          : dispatch('interactions:create', { date: '2026-11-29T12:00:00Z', kind: 'note', personIds: [dana.id], summary: `Note ${i}` }, first.handlers),
      ),
    )
    const elapsed = performance.now() - started
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(writes).toBeLessThan(1_000)
    console.log(`1,000 concurrent mutations: ${elapsed.toFixed(0)} ms, ${writes} durable writes`)
    await first.store.close()

    const second = await openService(path)
    const names = new Set((await second.handlers['people:list']({})).map((p) => p.name))
    const notes = new Set((await second.handlers['interactions:list']({})).map((i) => i.summary))
    for (let i = 0; i < 1_000; i++) expect(i % 2 === 0 ? names.has(`Person ${i}`) : notes.has(`Note ${i}`), `change ${i}`).toBe(true)
    expect(names.size).toBe(501)
    expect(notes.size).toBe(500)
  })
})
