import { mkdtempSync, openSync, writeSync, fsyncSync, closeSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Journal } from '../shared/domain'
import { openJournal } from '../electron/main/journal/openJournal'
import { performance } from 'node:perf_hooks'
import { longestBlock, timePair, type Timing } from './measure'

export type JournalFigures = {
  open: Timing
  openUnchecked: Timing
  openFloor: Timing
  save: Timing
  saveFloor: Timing
  blockedPerSave: number
  firstSave: number
  firstSaveBlocked: number
  heapAfterOpenMb: number
  heapWithViewsMb: number
  memoryAfterSaveMb: number
  fileMb: number
}

type Closable = { close?: () => Promise<void>; flush: () => Promise<void> }
async function release(store: Closable) {
  if (store.close) await store.close()
  else await store.flush()
}

/** Open and save against their physical floors, on the same file, in the same run. */
export async function journalFigures(journal: Journal, runs: number): Promise<JournalFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'))
  const path = join(dir, 'journal.json')
  const text = JSON.stringify(journal)
  writeFileSync(path, text)

  // First as a file Kith did not write (edited by hand, say): every record is checked.
  const { b: openUnchecked } = await timePair(
    Math.max(1, runs - 2),
    () => JSON.parse(readFileSync(path, 'utf8')),
    async () => release((await openJournal(path)).store),
  )
  // Then as Kith saved it, which is how it finds its journal every other time.
  const saved = await openJournal(path)
  await saved.store.mutate(() => undefined)
  await saved.store.close()
  // The same records (zod may order a record's keys differently), so the floor is the same work.
  if (readFileSync(path).length !== Buffer.byteLength(text))
    throw new Error('Kith saved a different journal from the one generated; the floor would not be the same work.')
  // Interleaved, so the floor and the figure see the same machine load and the same heap.
  const { a: openFloor, b: open } = await timePair(
    runs,
    () => JSON.parse(readFileSync(path, 'utf8')),
    async () => release((await openJournal(path)).store),
  )

  const collect = (globalThis as { gc?: () => void }).gc
  // Buffers of earlier sizes are released by finalizers after a collection: let them run before counting.
  const gc = async () => {
    collect?.()
    await new Promise((resolve) => setTimeout(resolve, 20))
    collect?.()
  }
  await gc()
  const before = process.memoryUsage().heapUsed
  const beforeBuffers = process.memoryUsage().arrayBuffers
  const { store, handlers, warmUp } = await openJournal(path)
  await gc()
  const heapAfterOpenMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024
  // The shared index, relationships and timeline the window asks for first.
  warmUp()
  await gc()
  const heapWithViewsMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024

  const personId = store.journal.people[0]!.id
  let n = 0
  // The first save after opening encodes every record once (later saves re-use those bytes).
  const firstStart = performance.now()
  const firstSaveBlocked = await longestBlock(async () => handlers['people:update']({ id: personId, patch: { role: 'First' } }))
  const firstSave = performance.now() - firstStart
  const floorPath = join(dir, 'floor.json')
  const { a: saveFloor, b: save } = await timePair(
    runs,
    () => {
      const data = JSON.stringify(store.journal)
      const fd = openSync(floorPath, 'w')
      writeSync(fd, data)
      fsyncSync(fd)
      closeSync(fd)
    },
    () => handlers['people:update']({ id: personId, patch: { role: `Role ${n++}` } }),
  )
  // After saves the store also holds each record's bytes (the save cache): heap plus buffers.
  await gc()
  const memoryAfterSaveMb = (process.memoryUsage().heapUsed - before + process.memoryUsage().arrayBuffers - beforeBuffers) / 1024 / 1024
  const blocks: number[] = []
  for (let i = 0; i < runs; i++) blocks.push(await longestBlock(async () => handlers['people:update']({ id: personId, patch: { role: `Blocked ${i}` } })))
  await release(store)
  rmSync(dir, { recursive: true, force: true })
  return {
    open,
    openUnchecked,
    openFloor,
    save,
    saveFloor,
    blockedPerSave: Math.max(...blocks),
    firstSave,
    firstSaveBlocked,
    heapAfterOpenMb,
    heapWithViewsMb,
    memoryAfterSaveMb,
    fileMb: text.length / 1024 / 1024,
  }
}
