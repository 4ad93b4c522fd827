/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../shared/exchange/api'
import { createJournalService } from '../../../electron/main/journal/service'
import { linkedInExport } from '../../shared/exchange/fixtures'
import { openStore, tempJournalPath } from '../journal/helpers'

const now = () => new Date('2026-11-29T12:00:00Z')

/** Each stage's counts in the order heard; the order of the stages. */
function byStage(heard: ImportProgress[]) {
  const stages: string[] = []
  const counts = new Map<string, ImportProgress[]>()
  for (const progress of heard) {
    if (stages.at(-1) !== progress.stage) stages.push(progress.stage)
    counts.set(progress.stage, [...(counts.get(progress.stage) ?? []), progress])
  }
  return { stages, counts }
}

const rising = (list: ImportProgress[]) => list.every((p, i) => i === 0 || p.done >= list[i - 1]!.done)

describe('import progress', () => {
  it('tells how far reading, checking, importing and saving have come, each ending at its total', async () => {
    const heard: ImportProgress[] = []
    const store = await openStore(tempJournalPath(), { now })
    const api = createJournalService(store, { now, importProgress: (progress) => heard.push(progress) })
    const text = linkedInExport(3_000)

    const preview = await api['import:preview']({ fileName: 'Connections.csv', text })
    const read = byStage(heard)
    expect(read.stages).toEqual(['reading', 'checking'])
    for (const stage of read.stages) expect(rising(read.counts.get(stage)!)).toBe(true)
    expect(read.counts.get('reading')!.at(-1)).toMatchObject({ done: expect.any(Number), total: expect.any(Number) })
    const lastRead = read.counts.get('reading')!.at(-1)!
    expect(lastRead.done).toBe(lastRead.total)
    expect(read.counts.get('checking')!.at(-1)).toEqual({ stage: 'checking', done: 3_000, total: 3_000 })
    expect(preview.counts.new).toBe(3_000)

    heard.length = 0
    await api['import:apply']({ previewId: preview.previewId })
    const applied = byStage(heard)
    expect(applied.stages).toEqual(['importing', 'saving'])
    expect(rising(applied.counts.get('importing')!)).toBe(true)
    expect(applied.counts.get('importing')!.at(-1)).toEqual({ stage: 'importing', done: 3_000, total: 3_000 })
    expect(applied.counts.get('saving')).toEqual([{ stage: 'saving', done: 0, total: 3_000 }])
    await store.close()
  })
})
