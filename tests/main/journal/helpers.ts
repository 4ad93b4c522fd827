import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { JournalStore, type StoreOptions } from '../../../electron/main/journal/journalStore'
import type { ServiceDeps } from '../../../electron/main/journal/service'
import { emptyJournal, type Journal, type Person } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/journals', import.meta.url))
export const fixture = (name: string) => readFileSync(join(FIXTURES, name))

/** A fresh folder per test: real files, nothing mocked. */
export function tempJournalPath(name = 'journal.json'): string {
  return join(mkdtempSync(join(tmpdir(), 'kith-journal-')), name)
}

const opened: JournalStore[] = []

/** Opens stores that are closed (lock released) after each test, even a failing one. */
export async function openStore(path: string, options: StoreOptions = {}): Promise<JournalStore> {
  const store = await JournalStore.open(path, options)
  opened.push(store)
  return store
}

export async function openService(path: string, deps: StoreOptions & ServiceDeps = {}): Promise<OpenJournal> {
  const journal = await openJournal(path, deps)
  opened.push(journal.store)
  return journal
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined)
})

export const at = (iso: string) => () => new Date(iso)

/** A person as a journal written on 1 November holds them. */
export const person = (id: string, name: string, extra: Partial<Person> = {}): Person => personWith({ id, name, ...extra }, '2026-11-01T10:00:00Z')

/** A journal begun on 1 November holding these people as given: some tests write invalid ones on purpose. */
export function journalOf(people: unknown[]): Journal {
  return { ...emptyJournal(new Date('2026-11-01T00:00:00Z')), people: people as Person[] }
}
