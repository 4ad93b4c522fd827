import { SCHEMA_VERSION } from '../../../shared/domain'

type RawJournal = Record<string, unknown>

/** One step up the format ladder: a pure function from version `from` to `from + 1`. */
export type Migration = { from: number; describe: string; migrate: (journal: RawJournal) => RawJournal }

const isObject = (value: unknown): value is RawJournal => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * 0 → 1: the pre-release format had no `schemaVersion`, a person's notes were one
 * string, and nobody could be archived.
 */
export const migrate0to1: Migration = {
  from: 0,
  describe: 'notes become a list, people get "archived"',
  migrate: (journal) => ({
    ...journal,
    schemaVersion: 1,
    people: Array.isArray(journal.people)
      ? journal.people.map((person: unknown) => {
          if (!isObject(person)) return person
          const { notes, ...rest } = person
          const text = typeof notes === 'string' ? notes.trim() : ''
          return {
            ...rest,
            // A deterministic id keeps the migration pure: the same input gives the same journal.
            notes: Array.isArray(notes) ? notes : text ? [{ id: `${String(person.id)}-note-1`, text, private: false, createdAt: person.createdAt }] : [],
            archived: typeof person.archived === 'boolean' ? person.archived : false,
          }
        })
      : journal.people,
  }),
}

/** 1 → 2: deletions go to a trash instead of vanishing. */
export const migrate1to2: Migration = {
  from: 1,
  describe: 'adds the trash',
  migrate: (journal) => ({ ...journal, schemaVersion: 2, trash: Array.isArray(journal.trash) ? journal.trash : [] }),
}

/** In order; `MIGRATIONS[i].from === i`, and the last one lands on SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [migrate0to1, migrate1to2]

/** A journal without `schemaVersion` predates versioning: version 0. */
export function journalVersion(raw: unknown): number | undefined {
  if (!isObject(raw)) return undefined
  if (!('schemaVersion' in raw)) return 0
  const version = raw.schemaVersion
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined
}

export type Migrated = { journal: unknown; from: number; applied: string[] }

/** Brings an older journal up to SCHEMA_VERSION. Never touches the input. */
export function migrateJournal(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): Migrated {
  const from = journalVersion(raw)
  if (from === undefined || from >= SCHEMA_VERSION || !isObject(raw)) return { journal: raw, from: from ?? SCHEMA_VERSION, applied: [] }
  let journal: RawJournal = structuredClone(raw)
  const applied: string[] = []
  for (const step of migrations.slice(from, SCHEMA_VERSION)) {
    journal = step.migrate(journal)
    applied.push(`${step.from} → ${step.from + 1}: ${step.describe}`)
  }
  return { journal, from, applied }
}
