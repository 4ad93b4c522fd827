import { performance } from 'node:perf_hooks'
import type { Journal } from '../../../shared/domain'

/** How long one synchronous slice of serialising may hold the main process before it yields. */
const SLICE_MS = 8

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/** One top-level field of the journal as it stood when the save began. */
type Field = { key: string; json: string } | { key: string; records: unknown[] }

/**
 * Builds the journal file's text, compact JSON identical to `JSON.stringify(journal)`,
 * from pieces cached per record object. Services never edit a record in place (they put
 * a new object in its slot), so a record's text is valid for as long as the object is in
 * the journal, and a save after one change serialises one record, not 77,000.
 *
 * Each record is deep-frozen when its text is cached: an edit in place, which would
 * otherwise be saved as the old text and silently lost, throws instead.
 */
export class JournalText {
  private readonly pieces = new WeakMap<object, string>()

  /**
   * Takes the journal as it is now (synchronously: later changes are not in this text), then
   * serialises it in slices of at most SLICE_MS, so the main process keeps answering the window.
   */
  serialise(journal: Journal): Promise<string> {
    const fields: Field[] = []
    for (const [key, value] of Object.entries(journal)) {
      if (value === undefined) continue
      // Arrays are copied (records are immutable, so a shallow copy is a snapshot); the rest is small.
      fields.push(Array.isArray(value) ? { key, records: value.slice() } : { key, json: JSON.stringify(value) })
    }
    return this.join(fields)
  }

  private async join(fields: Field[]): Promise<string> {
    const parts: string[] = []
    let sliceStart = performance.now()
    for (const field of fields) {
      const name = JSON.stringify(field.key)
      if ('json' in field) {
        parts.push(`${name}:${field.json}`)
        continue
      }
      const texts: string[] = new Array(field.records.length)
      for (let i = 0; i < field.records.length; i++) {
        texts[i] = this.textOf(field.records[i])
        if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop()
          sliceStart = performance.now()
        }
      }
      parts.push(`${name}:[${texts.join(',')}]`)
    }
    return `{${parts.join(',')}}`
  }

  private textOf(record: unknown): string {
    if (record === null || typeof record !== 'object') return JSON.stringify(record) ?? 'null'
    let text = this.pieces.get(record)
    if (text === undefined) {
      text = JSON.stringify(record)
      deepFreeze(record)
      this.pieces.set(record, text)
    }
    return text
  }
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child)
}
