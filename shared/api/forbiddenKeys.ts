/** Keys that could pollute a prototype when a parser copies an object key by key (zod's record() does). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** No call's input nests anywhere near this deep; anything deeper is refused rather than walked. */
export const MAX_DEPTH = 32

/**
 * Finds a key that could pollute a prototype, at any depth. Returns its dotted path
 * ("input.patch.__proto__"), or undefined. Values nested deeper than MAX_DEPTH are
 * reported too, so a hostile message cannot hide a key below the walk.
 */
export function findForbiddenKey(value: unknown, path = 'input', depth = 0): { path: string; tooDeep?: true } | undefined {
  if (value === null || typeof value !== 'object') return undefined
  if (depth >= MAX_DEPTH) return { path, tooDeep: true }
  for (const key of Object.keys(value)) {
    const here = `${path}.${key}`
    if (FORBIDDEN_KEYS.has(key)) return { path: here }
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1)
    if (found) return found
  }
  return undefined
}
