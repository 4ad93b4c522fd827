import Papa from 'papaparse'
import { lineAt } from './text'
import type { RowError } from './types'
import { SLICE_MS, nextTurn } from './slices'

export type CsvRow = { line: number; get: (column: string) => string }
export type CsvTable = { header: string[]; rows: CsvRow[]; errors: RowError[] }

/**
 * Parses CSV text whose first record is the header; every row keeps the line
 * number it starts on in the file (`firstLine` is the header's), so errors can point at it.
 */
export function readCsvTable(text: string, firstLine: number): CsvTable {
  const table = csvCollector(text, firstLine)
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, step: (result) => table.step(result) })
  return table.finish()
}

/**
 * The same, pausing the parser every few milliseconds so the event loop keeps answering (see
 * slices.ts). `sliceMs` 0 pauses after every row (tests).
 */
export function readCsvTableInSlices(text: string, firstLine: number, sliceMs = SLICE_MS): Promise<CsvTable> {
  const table = csvCollector(text, firstLine)
  let sliceStart = performance.now()
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        table.step(result)
        if (performance.now() - sliceStart < sliceMs) return
        parser.pause()
        void nextTurn().then(() => {
          sliceStart = performance.now()
          // Papa resumes on the rest of the text and counts its cursor from 0 again.
          table.rebase()
          parser.resume()
        })
      },
      complete: () => resolve(table.finish()),
      error: (error: Error) => reject(error),
    })
  })
}

function csvCollector(text: string, firstLine: number) {
  const errors: RowError[] = []
  const records: Array<{ line: number; cells: string[] }> = []
  let position = { offset: 0, line: firstLine }
  let rowStart = 0
  // Where the parser's current input starts in `text`: 0, or where it paused last.
  let base = 0
  const step = (result: Papa.ParseStepResult<string[]>) => {
    const line = lineAt(text, rowStart, position)
    position = { offset: rowStart, line }
    rowStart = base + result.meta.cursor
    // Excel ends files with a blank line; a row of empty cells is not a contact.
    if (result.data.every((cell) => cell.trim() === '')) return
    for (const error of result.errors) errors.push({ line, message: `This row could not be read: ${error.message}.` })
    records.push({ line, cells: result.data })
  }
  return {
    step,
    rebase: () => {
      base = rowStart
    },
    finish: () => tableOf(records, errors),
  }
}

function tableOf(records: Array<{ line: number; cells: string[] }>, errors: RowError[]): CsvTable {
  const [headerRecord, ...body] = records
  const header = (headerRecord?.cells ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim())
  const index = new Map(header.map((name, i) => [name.toLowerCase(), i]))
  const rows: CsvRow[] = []
  for (const { line, cells } of body) {
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      errors.push({ line, message: `This row has ${cells.length} fields but the header has ${header.length}: a comma inside a value may be missing its quotes.` })
      continue
    }
    rows.push({
      line,
      get: (column) => {
        const i = index.get(column.toLowerCase())
        return i === undefined ? '' : (cells[i] ?? '').trim()
      },
    })
  }
  return { header, rows, errors }
}
