import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvSteps, readCsvTable } from '../../../shared/exchange/csvRows'
import { runAtOnce } from '../../../shared/exchange/slices'

// A header, quoted values holding commas and line breaks, a blank line, a row with too many fields.
const CSV = [
  'First Name,Last Name,Company',
  'Dana,Reyes,"Reyes, & Co"',
  'Marcus,Bell,"Bell',
  'Plumbing"',
  '',
  'Ana,Lima,Lima Bakery,extra',
  'Tom,Baker,Baker Bros',
].join('\n')

const shape = (table: ReturnType<typeof readCsvTable>) => ({
  header: table.header,
  rows: table.rows.map((row) => [row.line, ...table.header.map((column) => row.get(column))]),
  errors: table.errors,
})

describe('CSV read in pieces', () => {
  it('gives every row and error the same line as reading at once, however small the pieces', () => {
    const atOnce = shape(readCsvTable(CSV, 1))
    expect(atOnce.rows.map(([line, first, , company]) => [line, first, company])).toEqual([
      [2, 'Dana', 'Reyes, & Co'],
      [3, 'Marcus', 'Bell\nPlumbing'],
      [7, 'Tom', 'Baker Bros'],
    ])
    expect(atOnce.errors.map((e) => e.line)).toEqual([6])
    // Pieces that cut rows, quoted line breaks and the header anywhere.
    for (let piece = 1; piece <= CSV.length; piece++) expect(shape(readCsvTable(CSV, 1, piece))).toEqual(atOnce)
  })

  it('reads any CSV, cut into any pieces, as Papa reads the whole text', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'é', '1') }),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ') }).map((text) => `"${text.replaceAll('"', '""')}"`),
    )
    const csv = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('\n', '\r\n'))
      .chain(([width, newline]) =>
        fc
          .array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })
          .map((rows) => rows.map((row) => row.join(',')).join(newline)),
      )
    fc.assert(
      fc.property(csv, fc.integer({ min: 1, max: 40 }), (text, piece) => {
        const whole = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((cells) => cells.some((c) => c.trim() !== ''))
        const table = readCsvTable(text, 1, piece)
        const header = whole[0]?.map((c) => c.trim()) ?? []
        expect(table.header).toEqual(header)
        // Papa's rows read as the table reads them: by header name, trimmed, rows too wide refused.
        const index = new Map(header.map((name, i) => [name.toLowerCase(), i]))
        const expected = whole
          .slice(1)
          .filter((cells) => !cells.slice(header.length).some((c) => c.trim() !== ''))
          .map((cells) => header.map((name) => (cells[index.get(name.toLowerCase())!] ?? '').trim()))
        expect(table.rows.map((row) => header.map((name) => row.get(name)))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('never reads more than one piece of text between two yields, so a 7 MB file never holds the main process at once', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `First${i},Last${i},Company ${i}`)
    const text = ['First Name,Last Name,Company', ...rows].join('\n')
    const steps = csvSteps(text, 1, () => (row) => row.get('Company'), 4_096)
    const seen: number[] = []
    let result = steps.next()
    while (!result.done) {
      if (result.value) seen.push(result.value.done)
      result = steps.next()
    }
    expect(result.value.items).toHaveLength(20_000)
    // Each step reads at most one piece, and the last says the whole text is read.
    const read = seen.map((done, i) => done - (seen[i - 1] ?? 0))
    expect(Math.max(...read)).toBeLessThanOrEqual(4_096)
    expect(seen.at(-1)).toBe(text.length)
    expect(runAtOnce(csvSteps(text, 1, () => (row) => row.get('Company'), 4_096)).items.at(-1)).toBe('Company 19999')
  })
})
