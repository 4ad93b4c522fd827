import { describe, expect, it } from 'vitest'
import { readCsvTable, readCsvTableInSlices } from '../../../shared/exchange/csvRows'

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

const shape = (table: Awaited<ReturnType<typeof readCsvTable>>) => ({
  rows: table.rows.map((row) => [row.line, row.get('First Name'), row.get('Company')]),
  errors: table.errors,
})

describe('CSV read in slices', () => {
  it('gives every row and error the same line as reading at once, however often the parser pauses', async () => {
    const atOnce = shape(readCsvTable(CSV, 1))
    expect(atOnce.rows).toEqual([
      [2, 'Dana', 'Reyes, & Co'],
      [3, 'Marcus', 'Bell\nPlumbing'],
      [7, 'Tom', 'Baker Bros'],
    ])
    expect(atOnce.errors.map((e) => e.line)).toEqual([6])
    // Pausing after every row: Papa then parses the rest of the text with its cursor from 0 again.
    expect(shape(await readCsvTableInSlices(CSV, 1, 0))).toEqual(atOnce)
  })
})
