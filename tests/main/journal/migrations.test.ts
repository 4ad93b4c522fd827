/** @vitest-environment node */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Journal, SCHEMA_VERSION, emptyJournal } from '../../../shared/domain'
import { MIGRATIONS, journalVersion, migrate0to1, migrate1to2, migrateJournal } from '../../../electron/main/journal/migrations'
import { fixture, openService, tempJournalPath } from './helpers'

const v0 = () => JSON.parse(fixture('v0-prerelease.json').toString('utf8'))

describe('the migration list', () => {
  it('climbs one version per step, in order, up to the version this Kith writes', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(SCHEMA_VERSION).keys()])
  })

  it('reads a journal without schemaVersion as version 0', () => {
    expect(journalVersion(v0())).toBe(0)
    expect(journalVersion({ schemaVersion: 1 })).toBe(1)
    expect(journalVersion({ schemaVersion: 'one' })).toBeUndefined()
    expect(journalVersion(null)).toBeUndefined()
  })
})

describe('0 → 1', () => {
  it("turns a person's single note string into a note, and nobody is archived", () => {
    const out = migrate0to1.migrate(v0()) as { schemaVersion: number; people: Array<Record<string, unknown>> }
    expect(out.schemaVersion).toBe(1)
    const [dana, sam] = out.people
    expect(dana!.notes).toEqual([
      {
        id: 'p-dana-note-1',
        text: 'Expanding into Ohio next spring. Studied at Purdue. Wants intros to property managers.',
        private: false,
        createdAt: '2025-03-02T18:30:00Z',
      },
    ])
    expect(dana!.archived).toBe(false)
    expect(sam!.notes).toEqual([]) // an empty note string is no note
  })

  it('is pure: the same input gives the same output and the input is untouched', () => {
    const input = v0()
    const before = JSON.stringify(input)
    expect(migrate0to1.migrate(input)).toEqual(migrate0to1.migrate(v0()))
    expect(JSON.stringify(input)).toBe(before)
  })
})

describe('1 → 2', () => {
  it('adds an empty trash and keeps everything else', () => {
    const { trash: _trash, ...v1 } = { ...emptyJournal(new Date('2026-01-01T00:00:00Z')), schemaVersion: 1 }
    const out = migrate1to2.migrate(v1)
    expect(out).toEqual({ ...v1, schemaVersion: 2, trash: [] })
  })
})

describe('migrateJournal', () => {
  it('brings the v0 fixture up to a journal that validates', () => {
    const { journal, from, applied } = migrateJournal(v0())
    expect(from).toBe(0)
    expect(applied).toHaveLength(SCHEMA_VERSION)
    const parsed = Journal.parse(journal)
    expect(parsed.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Sam Okafor'])
  })

  it('leaves a current journal alone', () => {
    const current = emptyJournal(new Date('2026-01-01T00:00:00Z'))
    expect(migrateJournal(current)).toEqual({ journal: current, from: SCHEMA_VERSION, applied: [] })
  })
})

describe('opening a v0 journal', () => {
  it('backs up the original bytes, then saves the migrated journal', async () => {
    const path = tempJournalPath()
    const original = fixture('v0-prerelease.json')
    writeFileSync(path, original)
    const { store, handlers } = await openService(path, { now: () => new Date('2026-11-29T10:00:00Z') })

    expect((await handlers['people:get']({ id: 'p-dana' })).notes[0]!.text).toContain('Purdue')
    const onDisk = Journal.parse(JSON.parse(readFileSync(path, 'utf8')))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.referrals[0]!.about).toBe('Sam needs a bookkeeper for his new shop')

    const backups = readdirSync(join(dirname(path), 'backups'))
    expect(backups).toEqual(['journal-2026-11-29T10-00-00-000Z-before-migration.json'])
    expect(readFileSync(join(dirname(path), 'backups', backups[0]!)).equals(original)).toBe(true)
    expect(await handlers['backups:list']({})).toMatchObject([{ reason: 'before-migration', counts: { people: 2, events: 1 } }])
    expect(store.readOnly).toBe(false)
  })
})
