import { FORBIDDEN_KEYS, MAX_DEPTH } from '../../../../shared/api/forbiddenKeys'
import type { ApiError } from '../../../../shared/api/envelope'

/** The largest message either transport accepts (a whole-journal import fits; a runaway paste does not). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024

export const TOO_LARGE_MESSAGE = `The message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB, so Kith refused it.`

/**
 * Looks at a message before any schema does, in one walk that stops as soon as it
 * has seen enough: too large (counted as JSON bytes), nested too deep, not plain
 * data (IPC's structured clone can carry Maps, Dates, typed arrays), or carrying a
 * prototype-polluting key. Returns the refusal, or undefined for a message worth parsing.
 */
export function inspectMessage(raw: unknown): ApiError | undefined {
  let bytes = 0
  const refuse = (path: string, why: string): ApiError => ({ message: `${path || 'The message'} ${why}, so Kith refused it.`, field: path || undefined })
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key)

  const walk = (value: unknown, path: string, depth: number): ApiError | undefined => {
    if (value === null || value === undefined || typeof value === 'boolean') bytes += 5
    else if (typeof value === 'number') bytes += 24
    else if (typeof value === 'string') {
      // Cheap bound first, so an 8 MB string is not encoded just to be refused.
      bytes += value.length * 3 <= MAX_MESSAGE_BYTES - bytes ? value.length + 2 : Buffer.byteLength(value, 'utf8') + 2
    } else if (Array.isArray(value)) {
      if (depth >= MAX_DEPTH) return refuse(path, `is nested more than ${MAX_DEPTH} levels deep`)
      // An index loop: Object.keys() on a ten-million-item list would allocate before we could refuse it.
      for (let i = 0; i < value.length && bytes <= MAX_MESSAGE_BYTES; i++) {
        bytes += 1
        const refusal = walk(value[i], join(path, String(i)), depth + 1)
        if (refusal) return refusal
      }
    } else if (typeof value === 'object') {
      if (depth >= MAX_DEPTH) return refuse(path, `is nested more than ${MAX_DEPTH} levels deep`)
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) return refuse(path, 'is not plain data (text, numbers, lists and fields)')
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue
        const here = join(path, key)
        if (FORBIDDEN_KEYS.has(key)) return { message: `"${key}" is not allowed as a field name (found at ${here}), so Kith refused the message.`, field: here }
        bytes += key.length + 4
        const refusal = walk((value as Record<string, unknown>)[key], here, depth + 1)
        if (refusal) return refusal
        if (bytes > MAX_MESSAGE_BYTES) break
      }
    } else {
      return refuse(path, `is a ${typeof value}, which is not plain data`)
    }
    return bytes > MAX_MESSAGE_BYTES ? { message: TOO_LARGE_MESSAGE } : undefined
  }
  return walk(raw, '', 0)
}
