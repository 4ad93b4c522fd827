const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Finds a key that could pollute a prototype when a parser copies the object
 * (zod's record() assigns keys one by one). Returns its dotted path, or undefined.
 */
export function findForbiddenKey(value: unknown, path = 'input', depth = 0): { path: string } | undefined {
  if (depth > 64 || value === null || typeof value !== 'object') return undefined
  for (const key of Object.keys(value)) {
    const here = `${path}.${key}`
    if (FORBIDDEN.has(key)) return { path: here }
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1)
    if (found) return found
  }
  return undefined
}
