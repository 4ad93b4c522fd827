import { performance } from 'node:perf_hooks'
import type { Journal } from '../../../shared/domain'

/** How long one synchronous slice of serialising may hold the main process before it yields. */
const SLICE_MS = 8
/** The file is handed to the disk in pieces of about this size, each copied once. */
const PIECE_BYTES = 256 * 1024

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/** One top-level field of the journal as it stood when the save began. */
type Field = { key: string; json: string } | { key: string; records: unknown[] }

/**
 * Builds the journal file, compact JSON byte for byte equal to `JSON.stringify(journal)`,
 * from UTF-8 pieces cached per record object. Services never edit a record in place (they
 * put a new object in its slot), so a record's bytes stay valid for as long as the object
 * is in the journal, and a save after one change encodes one record, not 77,000: the rest
 * is copying cached bytes, a few milliseconds for 16 MB.
 *
 * Each record is deep-frozen when its bytes are cached: an edit in place, which would
 * otherwise be saved as the old bytes and silently lost, throws instead.
 */
export class JournalText {
  /** Each record as `,{...}`: the comma is cut off (without copying) for the first of a list. */
  private readonly cached = new WeakMap<object, Buffer>()

  /**
   * Takes the journal as it is now (synchronously: later changes are not in this file), then
   * assembles it in slices of at most SLICE_MS, so the main process keeps answering the window.
   */
  serialise(journal: Journal): Promise<Buffer[]> {
    const fields: Field[] = []
    for (const [key, value] of Object.entries(journal)) {
      if (value === undefined) continue
      // Arrays are copied (records are immutable, so a shallow copy is a snapshot); the rest is small.
      fields.push(Array.isArray(value) ? { key, records: value.slice() } : { key, json: JSON.stringify(value) })
    }
    return this.assemble(fields)
  }

  private async assemble(fields: Field[]): Promise<Buffer[]> {
    // The change that asked for this save has just run: its turn ends here, before the first slice.
    await yieldToEventLoop()
    const out = new Pieces()
    let sliceStart = performance.now()
    for (const [n, field] of fields.entries()) {
      out.add(Buffer.from(`${n === 0 ? '{' : ','}${JSON.stringify(field.key)}:${'json' in field ? field.json : '['}`))
      if ('json' in field) continue
      for (let i = 0; i < field.records.length; i++) {
        const bytes = this.bytesOf(field.records[i])
        out.add(i === 0 ? bytes.subarray(1) : bytes)
        if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop()
          sliceStart = performance.now()
        }
      }
      out.add(Buffer.from(']'))
    }
    out.add(Buffer.from(fields.length === 0 ? '{}' : '}'))
    return out.finish()
  }

  private bytesOf(record: unknown): Buffer {
    if (record === null || typeof record !== 'object') return Buffer.from(`,${JSON.stringify(record) ?? 'null'}`)
    let bytes = this.cached.get(record)
    if (bytes === undefined) {
      bytes = Buffer.from(`,${JSON.stringify(record)}`)
      deepFreeze(record)
      this.cached.set(record, bytes)
    }
    return bytes
  }
}

/** Gathers small buffers into pieces of about PIECE_BYTES. */
class Pieces {
  private done: Buffer[] = []
  private open: Buffer[] = []
  private size = 0

  add(bytes: Buffer): void {
    this.open.push(bytes)
    this.size += bytes.length
    if (this.size >= PIECE_BYTES) this.close()
  }

  finish(): Buffer[] {
    this.close()
    return this.done
  }

  private close(): void {
    if (this.open.length) this.done.push(Buffer.concat(this.open, this.size))
    this.open = []
    this.size = 0
  }
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child)
}
