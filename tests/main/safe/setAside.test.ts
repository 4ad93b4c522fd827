/** @vitest-environment node */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Person } from '../../../shared/domain'
import { journalOf, openService, person, tempJournalPath } from '../journal/helpers'

const now = () => new Date('2026-11-29T12:00:00Z')

const tooManyNotes = Array.from({ length: 1_001 }, (_, i) => ({ id: `n${i}`, text: 'hi', private: false, createdAt: '2026-11-01T10:00:00Z' }))

describe('a full check that finds invalid records', () => {
  it('opens every valid record read-write, sets the invalid ones aside in a file, and names their fields', async () => {
    const path = tempJournalPath()
    const bytes = JSON.stringify(
      journalOf([
        person('p1', 'Sam Okafor'),
        person('p2', 'Dana Reyes', { howWeMet: { date: '2026-02-31' } }),
        person('p3', 'Lee Park', { notes: tooManyNotes }),
      ]),
    )
    writeFileSync(path, bytes)

    const { store, handlers } = await openService(path, { now })

    expect(store.readOnly).toBe(false)
    expect(store.journal.people.map((p) => p.name)).toEqual(['Sam Okafor'])
    const status = await handlers['journal:status']({})
    expect(status.recovery?.kind).toBe('set-aside')
    expect(status.recovery?.setAside).toEqual([
      expect.objectContaining({ list: 'people', label: 'Dana Reyes', field: 'howWeMet.date', repairable: true }),
      expect.objectContaining({ list: 'people', label: 'Lee Park', field: 'notes', repairable: false }),
    ])
    expect(status.recovery?.message).toMatch(/howWeMet\.date must be a date/)
    // Nothing is lost: the set-aside file holds both records whole, and the file as it was is kept too.
    const kept = JSON.parse(readFileSync(status.recovery!.setAsideFile!, 'utf8')) as { records: Array<{ record: Person }> }
    expect(kept.records.map((entry) => entry.record.name)).toEqual(['Dana Reyes', 'Lee Park'])
    expect(kept.records[1]!.record.notes).toHaveLength(1_001)
    expect(readFileSync(status.recovery!.movedTo!, 'utf8')).toBe(bytes)
    // Read-write: a change is saved.
    await handlers['people:create']({ name: 'New Person' })
    expect(JSON.parse(readFileSync(path, 'utf8')).people.map((p: Person) => p.name)).toEqual(['Sam Okafor', 'New Person'])
  })

  it('mends a record by clearing its invalid field, drops another, and then the recovery is over', async () => {
    const path = tempJournalPath()
    writeFileSync(
      path,
      JSON.stringify(
        journalOf([
          person('p1', 'Sam Okafor'),
          person('p2', 'Dana Reyes', { howWeMet: { date: '2026-02-31' }, company: 'Reyes Co' }),
          person('p3', 'Lee Park', { notes: tooManyNotes }),
        ]),
      ),
    )
    const { store, handlers } = await openService(path, { now })
    const [dana, lee] = store.recovery!.setAside!

    await expect(handlers['journal:setAsideRepair']({ key: lee!.key })).rejects.toThrow(/cannot mend people \(Lee Park\): notes must have at most 1000 items/)
    const afterRepair = await handlers['journal:setAsideRepair']({ key: dana!.key })
    expect(afterRepair.recovery?.setAside?.map((entry) => entry.label)).toEqual(['Lee Park'])
    expect(store.journal.people.find((p) => p.id === 'p2')).toMatchObject({ company: 'Reyes Co', howWeMet: {} })

    const afterDrop = await handlers['journal:setAsideDrop']({ key: lee!.key })
    expect(afterDrop.recovery).toBeUndefined()
    expect(JSON.parse(readFileSync(path, 'utf8')).people.map((p: Person) => p.name)).toEqual(['Sam Okafor', 'Dana Reyes'])
    expect(existsSync(afterRepair.recovery!.setAsideFile!)).toBe(true)
  })

  it('a backup holding the same bad record restores without it, and the record is listed, not lost', async () => {
    const path = tempJournalPath()
    const { store, handlers } = await openService(path, { now })
    await handlers['people:create']({ name: 'Sam Okafor' })
    const { mkdirSync } = await import('node:fs')
    const { dirname, join } = await import('node:path')
    mkdirSync(join(dirname(path), 'backups'), { recursive: true })
    writeFileSync(
      join(dirname(path), 'backups', 'journal-2026-11-28T08-00-00-000Z-daily.json'),
      JSON.stringify(journalOf([person('p9', 'Ana Lima', { howWeMet: { date: '2026-13-01' } }), person('p8', 'Bo Chen')])),
    )

    const status = await handlers['backups:restore']({ file: 'journal-2026-11-28T08-00-00-000Z-daily.json' })

    expect(store.journal.people.map((p) => p.name)).toEqual(['Bo Chen'])
    expect(status.recovery?.setAside?.map((entry) => entry.label)).toEqual(['Ana Lima'])
  })
})
