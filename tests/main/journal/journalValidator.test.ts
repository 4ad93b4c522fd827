/** @vitest-environment node */
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { parseJournalRecords as parseWith, validators } from '../../../electron/main/journal/journalValidator'
import { parseJournalBytes } from '../../../electron/main/journal/journalFile'

const NOW = new Date('2026-11-29T12:00:00Z')
/** The fast check even for this small sample (Kith itself uses it from 20,000 records on). */
const parseJournalRecords = (raw: unknown) => parseWith(raw, 0)
const sample = (): Journal => JSON.parse(JSON.stringify(generateSampleJournal({ now: NOW })))

/** Values that zod treats in some special way: trimmed, refused, stripped, or only just allowed. */
const NASTY: unknown[] = [
  null,
  0,
  -1,
  1.5,
  3651,
  1e308,
  true,
  '',
  ' ',
  '  Dana  ',
  'Dana ',
  '\u00a0Dana',
  '\ufeffDana',
  'x'.repeat(200),
  'x'.repeat(201),
  '😀'.repeat(100),
  '😀'.repeat(101),
  '😀'.repeat(251),
  'not-an-email',
  'a@b.co',
  ' a@b.co',
  '2026-11-29',
  '2026-02-30',
  '2026-11-29T12:00:00Z',
  '2026-11-29T12:00:00+02:00',
  '2026-11-29T12:00:00.123456789Z',
  '2026-11-29 12:00',
  'p-dana-reyes',
  'bad id!',
  'met',
  'given',
  'closed',
  'pending',
  [],
  ['x'],
  [' tag '],
  {},
  { extra: 1 },
]

const COLLECTIONS = ['people', 'events', 'interactions', 'referrals', 'followUps', 'trash'] as const

/** Puts `value` at a random field of a random record (or adds an unknown field). */
function damage(journal: Journal, pick: { collection: number; record: number; field: number; value: number; nested: boolean }): Journal {
  const list = journal[COLLECTIONS[pick.collection % COLLECTIONS.length]!] as unknown as Array<Record<string, unknown>>
  if (list.length === 0) return journal
  const record = list[pick.record % list.length]!
  const target = pick.nested ? ((Object.values(record).find((v) => v && typeof v === 'object') as Record<string, unknown> | undefined) ?? record) : record
  const keys = [...Object.keys(target), 'unknownField']
  const key = keys[pick.field % keys.length]!
  if (Array.isArray(target)) target[pick.field % Math.max(1, target.length)] = NASTY[pick.value % NASTY.length]
  else target[key] = NASTY[pick.value % NASTY.length]
  return journal
}

describe('the fast journal check on open', () => {
  // Once compiled, opening uses it for every journal, including the small ones below.
  beforeAll(() => void validators())

  it('accepts a journal Kith wrote and returns it exactly as zod would', () => {
    const journal = sample()
    const fast = parseJournalRecords(journal)
    expect(fast.success).toBe(true)
    expect(isDeepStrictEqual(fast.data, Journal.parse(sample()))).toBe(true)
  })

  it('agrees with zod on every damaged or untidy record: same verdict, same journal', () => {
    const pick = fc.record({ collection: fc.nat(), record: fc.nat(), field: fc.nat(), value: fc.nat(), nested: fc.boolean() })
    fc.assert(
      fc.property(fc.array(pick, { minLength: 1, maxLength: 3 }), (picks) => {
        const damaged = () => picks.reduce(damage, sample())
        const fast = parseJournalRecords(damaged())
        const slow = Journal.safeParse(damaged())
        expect(fast.success).toBe(slow.success)
        if (slow.success) expect(isDeepStrictEqual(fast.data, slow.data)).toBe(true)
        else expect(fast.error?.issues[0]).toEqual(slow.error.issues[0])
      }),
      { numRuns: 150 },
    )
  }, 120_000)

  it('tidies what zod tidies: trimmed names, unknown fields dropped', () => {
    const journal = sample()
    const person = journal.people[0] as Journal['people'][number] & { shoeSize?: number }
    person.name = `  ${person.name} `
    person.shoeSize = 44
    const parsed = parseJournalRecords(journal)
    expect(parsed.success && parsed.data.people[0]).toMatchObject({ name: person.name.trim() })
    expect(parsed.success && 'shoeSize' in parsed.data.people[0]!).toBe(false)
  })

  it('counts lengths as zod does (in characters, not UTF-16 units): 200 emoji fit in a name, 201 do not', () => {
    const fits = sample()
    fits.people[0]!.name = '😀'.repeat(200)
    expect(parseJournalBytes(Buffer.from(JSON.stringify(fits)), NOW).kind).toBe('ok')
    const journal = sample()
    journal.people[0]!.name = '😀'.repeat(201)
    const result = parseJournalBytes(Buffer.from(JSON.stringify(journal)), NOW)
    // The record is set aside (named, with its field); the rest of the journal opens.
    expect(result).toMatchObject({ kind: 'ok', setAside: [{ list: 'people', problem: { field: 'name', message: 'name must be at most 200 characters' } }] })
  })

  it('still names the record and the field of a damaged conversation', () => {
    const journal = sample()
    journal.interactions[3] = { ...journal.interactions[3]!, date: 'last Tuesday' }
    const result = parseJournalBytes(Buffer.from(JSON.stringify(journal)), NOW)
    expect(result).toMatchObject({
      kind: 'ok',
      setAside: [
        {
          list: 'interactions',
          problem: { label: journal.interactions[3]!.summary.slice(0, 60), message: expect.stringContaining('date must be an ISO 8601 date and time') },
        },
      ],
    })
  })
})

describe('reading the journal file', () => {
  it('opens a journal an editor saved with a byte-order mark, and refuses bytes that are not UTF-8', () => {
    const text = JSON.stringify(sample())
    expect(parseJournalBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), NOW).kind).toBe('ok')
    expect(parseJournalBytes(Buffer.concat([Buffer.from(text.slice(0, 50)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(50))]), NOW)).toMatchObject({
      kind: 'damaged',
      reason: 'the file is not UTF-8 text',
    })
  })
})
