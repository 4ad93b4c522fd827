import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Handlers } from '../../../shared/api/contract'
import { readJournalFile } from '../../../electron/main/journal/journalFile'
import { openJournal } from '../../../electron/main/journal/openJournal'
import type { JournalStore } from '../../../electron/main/journal/journalStore'
import { dispatch } from '../../../electron/main/journal/api/dispatch'

export type JournalUnderTest = {
  path: string
  store: JournalStore
  /** The real service, wrapped so a test can see what each handler threw. */
  handlers: Handlers
  /** Errors the handlers threw since the last call to takeThrown(). */
  takeThrown: () => unknown[]
  /** The crashes among them, as "TypeError: …" lines an assertion can print. */
  takeCrashes: () => string[]
  /** Ids of every person and event in the journal right now. */
  knownIds: () => string[]
  bytes: () => Promise<Buffer>
  /** Fails unless the file on disk loads, validates, and holds what the service has in memory. */
  expectSoundOnDisk: () => Promise<void>
  close: () => Promise<void>
}

/**
 * True for an error that means the service broke rather than refused: a TypeError and
 * friends, a zod error escaping from inside a handler, or a message no person could read.
 */
export function isCrash(error: unknown): boolean {
  if (!(error instanceof Error)) return true
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError) return true
  if (error.name === 'ZodError' || error.name === '$ZodError') return true
  // "No person with id …" or "personIds: no person with id …" read well; "[object Object]" does not.
  return !/^([A-Z"“]|[A-Za-z.\d]+: [a-z])/.test(error.message) || /\[object |\bundefined\b|"code":/.test(error.message)
}

/** A real journal in a temp folder, filled with the sample so calls reach real people and events. */
export async function openJournalUnderTest(): Promise<JournalUnderTest> {
  const folder = await mkdtemp(join(tmpdir(), 'kith-fuzz-'))
  const path = join(folder, 'journal.json')
  const { store, handlers: service } = await openJournal(path, { now: () => new Date('2026-11-29T12:00:00Z') })
  let thrown: unknown[] = []
  const handlers = Object.fromEntries(
    Object.entries(service).map(([channel, handler]) => [
      channel,
      async (input: unknown) => {
        try {
          return await (handler as (input: unknown) => unknown)(input)
        } catch (error) {
          thrown.push(error)
          throw error
        }
      },
    ]),
  ) as Handlers
  const loaded = await dispatch('journal:loadSample', {}, handlers)
  if (!loaded.ok) throw new Error(`the sample did not load: ${loaded.error.message}`)
  return {
    path,
    store,
    handlers,
    takeThrown: () => {
      const taken = thrown
      thrown = []
      return taken
    },
    takeCrashes: () => {
      const taken = thrown
      thrown = []
      return taken.filter(isCrash).map((error) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)))
    },
    knownIds: () => [...store.journal.people.map((p) => p.id), ...store.journal.events.map((e) => e.id)],
    bytes: () => readFile(path),
    expectSoundOnDisk: async () => {
      await store.flush()
      const result = await readJournalFile(path)
      if (result.kind !== 'ok') throw new Error(`the journal on disk no longer loads: ${JSON.stringify(result)}`)
      expect(result.journal, 'the journal on disk holds what the service has in memory').toEqual(store.journal)
    },
    close: async () => {
      // Closed, not only flushed: an open store watches its folder and would put its lock back while rm runs.
      await store.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
