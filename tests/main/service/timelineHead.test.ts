/** @vitest-environment node */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { unpackTimeline, type PackedTimeline } from '../../../shared/api/packedTimeline'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal

beforeEach(async () => {
  journal = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-timeline-head-')), 'journal.json'), { now: () => now, lock: false })
  await packed({}, 'journal:loadSample')
})

const packed = (input: unknown, channel = 'timeline:packed') => callThrough<PackedTimeline>(journal.handlers, channel, input)

describe('the first screenful of the timeline', () => {
  it('is exactly the first lanes of the whole timeline, with the whole timeline’s span and lane count', async () => {
    const whole = await packed({})
    expect(whole.lanes.length).toBeGreaterThan(5)
    expect(whole.total).toBe(whole.lanes.length)

    const head = await packed({ firstLanes: 5 })
    expect(head.lanes).toHaveLength(5)
    expect(head.total).toBe(whole.total)
    expect([head.start, head.end]).toEqual([whole.start, whole.end])
    const all = unpackTimeline(whole)
    expect(unpackTimeline(head)).toEqual({ ...all, lanes: all.lanes.slice(0, 5) })
    // Its string table holds only what its own lanes use: the head stays a few KB at any size.
    expect(head.strings.length).toBeLessThan(whole.strings.length)
  })

  it('follows the same filters as the whole list, and a count beyond the end gives every lane', async () => {
    const archived = await packed({ includeArchived: true })
    const head = await packed({ includeArchived: true, firstLanes: 500 })
    expect(head.total).toBe(archived.total)
    expect(unpackTimeline(head)).toEqual(unpackTimeline(archived))
  })

  it('refuses a count that is not a whole number from 1 to 500, saying so', async () => {
    for (const firstLanes of [0, 2.5, 501]) {
      const result = await dispatch('timeline:packed', { firstLanes }, journal.handlers)
      expect(result).toMatchObject({ ok: false, error: { field: 'firstLanes' } })
    }
  })
})
