import Papa from 'papaparse'
import { lineAt } from './text'
import type { RowError } from './types'
import { runAtOnce, type Steps } from './slices'

export type CsvRow = { line: number; get: (column: string) => string }
export type CsvTable = { header: string[]; rows: CsvRow[]; errors: RowError[] }
/** What a reader makes of each row, told the header first (it may refuse the file there). */
export type RowReader<T> = (header: string[]) => (row: CsvRow) => T
export type CsvRead<T> = { items: T[]; errors: RowError[] }

/**
 * How much text the parser reads between chances to yield. Papa's own pause and resume parsed
 * the rest of the text again on every resume (a quote-less file was split into lines whole each
 * time: a 7 MB LinkedIn file held the main process for 100 ms and more at a time), so the text is
 * handed to it in pieces instead, each ending where its last complete row does.
 */
export const PIECE_CHARS = 64 * 1024
const GUESS_CHARS = 64 * 1024

/**
 * Parses CSV text whose first record is the header; every row keeps the line
 * number it starts on in the file (`firstLine` is the header's), so errors can point at it.
 */
export function readCsvTable(text: string, firstLine: number, pieceChars = PIECE_CHARS): CsvTable {
  let header: string[] = []
  const { items, errors } = runAtOnce(
    csvSteps(
      text,
      firstLine,
      (names) => {
        header = names
        return (row) => row
      },
      pieceChars,
    ),
  )
  return { header, rows: items, errors }
}

/**
 * The rows as `reader` makes them, in steps (see slices.ts) that each read one piece of text, so
 * the work between two yields is bounded by the piece, never by the file; each row is made into
 * what the reader keeps (a contact) as its piece is read, so the parsed cells are let go at once.
 * Each step says how much of the text is read.
 */
export function* csvSteps<T>(text: string, firstLine: number, reader: RowReader<T>, pieceChars = PIECE_CHARS): Steps<CsvRead<T>> {
  // The delimiter and line break guessed as Papa guesses them, from the start of the text: from its
  // first MB (Papa's own reach) that took 25-90 ms in one go, so from the first 64 KB (under 3 ms).
  const { delimiter, linebreak } = Papa.parse<string[]>(text.slice(0, GUESS_CHARS), { preview: 20 }).meta
  const table = new TableBuilder(reader)
  let position = { offset: 0, line: firstLine }
  let offset = 0
  let size = pieceChars
  while (offset < text.length) {
    const end = Math.min(text.length, offset + size)
    const last = end === text.length
    const piece: Array<{ start: number; cells: string[]; errors: Papa.ParseError[] }> = []
    let rowStart = offset
    const parser = new Papa.Parser({
      delimiter,
      newline: linebreak as Papa.ParseConfig['newline'],
      step: (result: Papa.ParseStepResult<string[][]>) => {
        piece.push({ start: rowStart, cells: result.data[0] ?? [], errors: result.errors })
        rowStart = offset + result.meta.cursor
      },
    })
    // Not the last piece: a row cut off at its end is left for the next piece.
    const read: Papa.ParseResult<string[]> = parser.parse(text.slice(offset, end), 0, !last)
    if (!last && read.meta.cursor === 0) {
      // One row longer than a piece (a long quoted note): read a larger piece from the same place.
      size *= 2
      continue
    }
    for (const { start, cells, errors } of piece) {
      const line = lineAt(text, start, position)
      position = { offset: start, line }
      table.add(line, cells, errors)
    }
    offset = last ? text.length : offset + read.meta.cursor
    size = pieceChars
    yield { done: offset, total: text.length }
  }
  return table.finish()
}

/** Turns parsed records into rows read by header name, then into the reader's items; the first record is the header. */
class TableBuilder<T> {
  private header?: string[]
  private index = new Map<string, number>()
  private read?: (row: CsvRow) => T
  private readonly items: T[] = []
  private readonly errors: RowError[] = []

  constructor(private readonly reader: RowReader<T>) {}

  add(line: number, cells: string[], parseErrors: Papa.ParseError[]): void {
    // Excel ends files with a blank line; a row of empty cells is not a contact.
    if (cells.every((cell) => cell.trim() === '')) return
    for (const error of parseErrors) this.errors.push({ line, message: `This row could not be read: ${error.message}.` })
    if (!this.header) {
      this.header = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim())
      this.index = new Map(this.header.map((name, i) => [name.toLowerCase(), i]))
      this.read = this.reader(this.header)
      return
    }
    const width = this.header.length
    if (cells.length > width && cells.slice(width).some((cell) => cell.trim() !== '')) {
      this.errors.push({ line, message: `This row has ${cells.length} fields but the header has ${width}: a comma inside a value may be missing its quotes.` })
      return
    }
    this.items.push(this.read!(new CsvRecord(line, cells, this.index)))
  }

  finish(): CsvRead<T> {
    // A file of blank lines has no header: its reader still decides what that means.
    this.read ??= this.reader([])
    return { items: this.items, errors: this.errors.sort((a, b) => a.line - b.line) }
  }
}

class CsvRecord implements CsvRow {
  constructor(
    readonly line: number,
    private readonly cells: string[],
    private readonly index: Map<string, number>,
  ) {}

  get(column: string): string {
    const i = this.index.get(column.toLowerCase())
    return i === undefined ? '' : (this.cells[i] ?? '').trim()
  }
}
