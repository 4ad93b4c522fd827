/** @vitest-environment node */
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { journalOf, openService, openStore, person, tempJournalPath } from './helpers'

const NOW = () => new Date('2026-11-29T12:00:00Z')

function journalWith(...names: string[]): Journal {
  return journalOf(names.map((name, i) => person(`p${i}`, name)))
}

/** Puts backups in place the way Kith names them, with a good journal in each. */
function writeBackup(path: string, stamp: string, journal: Journal): string {
  const folder = join(dirname(path), 'backups')
  mkdirSync(folder, { recursive: true })
  const file = `journal-${stamp}-daily.json`
  writeFileSync(join(folder, file), JSON.stringify(journal))
  return file
}

const good = JSON.stringify(journalWith('Dana Reyes'))
const DAMAGE: Array<[string, Buffer, RegExp]> = [
  ['empty', Buffer.alloc(0), /the file is empty/],
  ['truncated', Buffer.from(good.slice(0, Math.floor(good.length / 2))), /not valid JSON, or it was cut short/],
  ['NUL-filled', Buffer.alloc(4096), /NUL bytes/],
  ['non-UTF-8', Buffer.concat([Buffer.from('{"people": ["'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"]}')]), /not UTF-8/],
  ['unparseable', Buffer.from('{"schemaVersion": 2, people: oops'), /not valid JSON/],
  // An invalid record alone is set aside (see tests/main/safe/setAside.test.ts); a journal wrong as a whole is damaged.
  ['schema-invalid', Buffer.from(JSON.stringify({ ...journalWith('Dana Reyes'), people: { p0: person('p0', 'Dana Reyes') } })), /people must be a list/],
]

describe('a damaged journal', () => {
  for (const [name, bytes, reason] of DAMAGE) {
    it(`(${name}) is kept byte for byte, the newest backup opens, and the message names the file`, async () => {
      const path = tempJournalPath()
      writeFileSync(path, bytes)
      writeBackup(path, '2026-11-20T08-00-00-000Z', journalWith('Older Backup'))
      const newest = writeBackup(path, '2026-11-28T08-00-00-000Z', journalWith('Dana Reyes', 'Sam Okafor'))

      const { store, handlers } = await openService(path, { now: NOW })

      const recovery = store.recovery!
      expect(recovery.kind).toBe('damaged')
      expect(recovery.movedTo).toBe(join(dirname(path), 'journal.corrupt-2026-11-29T12-00-00-000Z.json'))
      expect(readFileSync(recovery.movedTo!).equals(bytes)).toBe(true)
      expect(recovery.message).toContain(path)
      expect(recovery.message).toContain(recovery.movedTo!)
      expect(recovery.message).toMatch(reason)
      expect(recovery.message).toContain(newest)
      expect(recovery.openedFrom).toMatchObject({ source: 'backup', file: newest })
      expect((await handlers['people:list']({})).map((p) => p.name)).toEqual(['Dana Reyes', 'Sam Okafor'])
      // The recovered journal is on disk again, and the status tells the renderer.
      expect(Journal.parse(JSON.parse(readFileSync(path, 'utf8'))).people).toHaveLength(2)
      expect((await handlers['journal:status']({})).recovery?.movedTo).toBe(recovery.movedTo)
    })
  }

  it('opens a complete unfinished save when it is newer than the newest backup', async () => {
    const path = tempJournalPath()
    writeFileSync(path, '')
    writeBackup(path, '2026-11-20T08-00-00-000Z', journalWith('From Backup'))
    const temp = join(dirname(path), '.journal.json.4242.abcdef.tmp')
    writeFileSync(temp, JSON.stringify(journalWith('From Backup', 'Saved Later')))
    const half = join(dirname(path), '.journal.json.4243.abcdef.tmp')
    writeFileSync(half, JSON.stringify(journalWith('Cut', 'Short')).slice(0, 100))

    const store = await openStore(path, { now: NOW })

    expect(store.recovery?.openedFrom).toMatchObject({ source: 'unfinished-save', file: '.journal.json.4242.abcdef.tmp' })
    expect(store.journal.people.map((p) => p.name)).toEqual(['From Backup', 'Saved Later'])
  })

  it('prefers a backup that is newer than a leftover save', async () => {
    const path = tempJournalPath()
    writeFileSync(path, 'garbage')
    const temp = join(dirname(path), '.journal.json.1.ab.tmp')
    writeFileSync(temp, JSON.stringify(journalWith('Old Temp')))
    utimesSync(temp, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'))
    const newest = writeBackup(path, '2026-11-28T08-00-00-000Z', journalWith('Backup'))

    const store = await openStore(path, { now: NOW })

    expect(store.recovery?.openedFrom?.file).toBe(newest)
  })

  it('starts an empty journal, still keeping the damaged file, when there is no backup', async () => {
    const path = tempJournalPath()
    writeFileSync(path, '{"half": ')
    const store = await openStore(path, { now: NOW })
    expect(store.recovery?.message).toMatch(/No good backup was found/)
    expect(store.journal.people).toEqual([])
    expect(readFileSync(store.recovery!.movedTo!, 'utf8')).toBe('{"half": ')
  })

  it('lists the backups with dates and record counts, and restores another one', async () => {
    const path = tempJournalPath()
    writeFileSync(path, Buffer.alloc(100))
    const older = writeBackup(path, '2026-11-20T08-00-00-000Z', journalWith('A', 'B', 'C'))
    writeBackup(path, '2026-11-28T08-00-00-000Z', journalWith('A'))
    const { store, handlers } = await openService(path, { now: NOW })

    const list = await handlers['backups:list']({})
    expect(list.map((b) => [b.file, b.takenAt, b.counts?.people])).toEqual([
      ['journal-2026-11-28T08-00-00-000Z-daily.json', '2026-11-28T08:00:00.000Z', 1],
      [older, '2026-11-20T08:00:00.000Z', 3],
    ])

    const status = await handlers['backups:restore']({ file: older })
    expect(status.counts.people).toBe(3)
    expect(status.recovery).toBeUndefined()
    expect(store.recovery).toBeUndefined()
    // The journal that was open before the restore is a backup too.
    const after = await handlers['backups:list']({})
    expect(after[0]).toMatchObject({ reason: 'before-restore', counts: { people: 1 } })
    expect(readdirSync(dirname(path)).filter((f) => f.includes('corrupt'))).toHaveLength(1)
  })

  it('refuses to restore a file that is not one of the listed backups', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { now: NOW })
    await expect(handlers['backups:restore']({ file: '../journal.json' })).rejects.toThrow(/no backup named "..\/journal.json"/)
  })
})
