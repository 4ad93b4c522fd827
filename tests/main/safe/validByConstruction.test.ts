/** @vitest-environment node */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createJournalService } from '../../../electron/main/journal/service'
import { parseJournalBytes } from '../../../electron/main/journal/journalFile'
import { openStore, person, tempJournalPath } from '../journal/helpers'

const now = () => new Date('2026-11-29T12:00:00Z')

/** What a later full check (a hand edit, a Kith update) would say about the file on disk. */
const fullCheck = (path: string) => parseJournalBytes(readFileSync(path), now(), { recordsChecked: false })

const card = (email: string, extra: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Reyes\r\nEMAIL:${email}\r\n${extra}END:VCARD\r\n`

describe('every record that enters the journal is valid by construction', () => {
  it('the store refuses a change holding an invalid record, names the field, and keeps the journal as it was', async () => {
    const path = tempJournalPath()
    const store = await openStore(path, { now })
    await store.mutate((journal) => journal.people.push(person('p1', 'Sam Okafor')))
    const before = readFileSync(path, 'utf8')

    await expect(store.mutate((journal) => journal.people.push(person('p2', 'Dana Reyes', { howWeMet: { date: '2026-02-31' } })))).rejects.toThrow(
      /people \(Dana Reyes\): howWeMet\.date must be a date like/,
    )
    expect(store.journal.people.map((p) => p.name)).toEqual(['Sam Okafor'])
    await store.mutate(() => undefined)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('a replaced record is checked too, and a refused change in a record list leaves the list whole', async () => {
    const path = tempJournalPath()
    const store = await openStore(path, { now })
    await store.mutate((journal) => journal.people.push(person('p1', 'Sam Okafor')))
    const notes = Array.from({ length: 1_001 }, (_, i) => ({ id: `n${i}`, text: 'hi', private: false, createdAt: '2026-11-01T10:00:00Z' }))
    await expect(store.mutate((journal) => (journal.people[0] = person('p1', 'Sam Okafor', { notes })))).rejects.toThrow(/notes must have at most 1000 items/)
    expect(store.journal.people[0]!.notes).toEqual([])
  })

  it('an import that merges an impossible first-met date into a person leaves the journal valid in a full check', async () => {
    const path = tempJournalPath()
    const store = await openStore(path, { now })
    const api = createJournalService(store, { now })
    await api['people:create']({ name: 'Dana Reyes', emails: ['dana@example.com'] })

    const preview = await api['import:preview']({ fileName: 'c.vcf', text: card('dana@example.com', 'X-KITH-MET-ON:2026-02-31\r\nORG:Reyes Co\r\n') })
    await api['import:apply']({ previewId: preview.previewId })

    const dana = store.journal.people[0]!
    expect(dana.company).toBe('Reyes Co')
    expect(dana.howWeMet.date).toBeUndefined()
    expect(fullCheck(path).kind).toBe('ok')
  })

  it('1,002 cards for one email never give a person more notes than the schema allows', async () => {
    const path = tempJournalPath()
    const store = await openStore(path, { now })
    const api = createJournalService(store, { now })
    const text = Array.from({ length: 1_002 }, (_, i) => card('dana@example.com', `NOTE:note ${i}\r\n`)).join('')

    const preview = await api['import:preview']({ fileName: 'many.vcf', text })
    expect(preview.rows.some((row) => row.warnings.some((warning) => /already has 1000 notes/.test(warning)))).toBe(true)
    await api['import:apply']({ previewId: preview.previewId })

    expect(store.journal.people).toHaveLength(1)
    expect(store.journal.people[0]!.notes).toHaveLength(1_000)
    expect(fullCheck(path).kind).toBe('ok')
  }, 60_000)
})
