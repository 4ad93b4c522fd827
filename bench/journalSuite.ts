import { mkdtempSync, openSync, writeSync, fsyncSync, closeSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Journal } from '../shared/domain'
import { openJournal } from '../electron/main/journal/openJournal'
import { performance } from 'node:perf_hooks'
import { longestBlock, time, type Timing } from './measure'

export type JournalFigures = { open: Timing; openFloor: Timing; save: Timing; saveFloor: Timing; blockedPerSave: number; firstSave: number; firstSaveBlocked: number; heapAfterOpenMb: number; memoryAfterSaveMb: number; fileMb: number }

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

  const openFloor = await time(runs, () => JSON.parse(readFileSync(path, 'utf8')))
  const open = await time(runs, async () => release((await openJournal(path)).store))

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
  const { store, handlers } = await openJournal(path)
  await gc()
  const heapAfterOpenMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024

  const personId = store.journal.people[0]!.id
  let n = 0
  // The first save after opening encodes every record once (later saves re-use those bytes).
  const firstStart = performance.now()
  const firstSaveBlocked = await longestBlock(async () => handlers['people:update']({ id: personId, patch: { role: 'First' } }))
  const firstSave = performance.now() - firstStart
  const save = await time(runs, () => handlers['people:update']({ id: personId, patch: { role: `Role ${n++}` } }))
  const floorPath = join(dir, 'floor.json')
  const saveFloor = await time(runs, () => {
    const data = JSON.stringify(store.journal)
    const fd = openSync(floorPath, 'w')
    writeSync(fd, data)
    fsyncSync(fd)
    closeSync(fd)
  })
  // After saves the store also holds each record's bytes (the save cache): heap plus buffers.
  await gc()
  const memoryAfterSaveMb = (process.memoryUsage().heapUsed - before + process.memoryUsage().arrayBuffers - beforeBuffers) / 1024 / 1024
  const blocks: number[] = []
  for (let i = 0; i < runs; i++) blocks.push(await longestBlock(async () => handlers['people:update']({ id: personId, patch: { role: `Blocked ${i}` } })))
  await release(store)
  rmSync(dir, { recursive: true, force: true })
  return { open, openFloor, save, saveFloor, blockedPerSave: Math.max(...blocks), firstSave, firstSaveBlocked, heapAfterOpenMb, memoryAfterSaveMb, fileMb: text.length / 1024 / 1024 }
}
