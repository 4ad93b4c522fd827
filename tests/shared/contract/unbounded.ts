import { z } from 'zod'

type Def = { type: string; checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }> } & Record<string, unknown>

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def

/** The maximum a `.max()` put on a string or array, if any. */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const limits = (defOf(schema).checks ?? []).filter((c) => c._zod.def.check === 'max_length').map((c) => c._zod.def.maximum!)
  return limits.length ? Math.min(...limits) : undefined
}

/** A record's entry limit, declared with `.meta({ maxEntries })` next to the check that enforces it. */
export function maxEntriesOf(schema: z.ZodType): number | undefined {
  const meta = z.globalRegistry.get(schema) as { maxEntries?: unknown } | undefined
  return typeof meta?.maxEntries === 'number' ? meta.maxEntries : undefined
}

const BOUNDED_LEAVES = new Set(['number', 'int', 'boolean', 'enum', 'literal', 'null', 'undefined', 'void', 'never', 'nan', 'date', 'bigint'])

/**
 * Walks a zod schema and lists every place a hostile input could be arbitrarily large:
 * a string or array without `.max()`, a record without an entry limit, or `any`/`unknown`.
 */
export function findUnbounded(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = defOf(schema)
  const inner = (child: unknown, where = path) => findUnbounded(child as z.ZodType, where, seen)
  switch (def.type) {
    case 'string':
    case 'template_literal':
      return maxLengthOf(schema) === undefined ? [`${path} (text without a maximum length)`] : []
    case 'array':
      return [...(maxLengthOf(schema) === undefined ? [`${path} (list without a maximum number of items)`] : []), ...inner(def.element, `${path}[]`)]
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) => inner(child, `${path}.${key}`))
    case 'record':
      return [
        ...(maxEntriesOf(schema) === undefined ? [`${path} (record without a maximum number of entries)`] : []),
        ...inner(def.keyType, `${path}{key}`),
        ...inner(def.valueType, `${path}{value}`),
      ]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
    case 'success':
      return inner(def.innerType)
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)]
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => inner(option))
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)]
    case 'tuple':
      return [...(def.items as z.ZodType[]).flatMap((item, i) => inner(item, `${path}[${i}]`)), ...(def.rest ? inner(def.rest, `${path}[...]`) : [])]
    case 'lazy':
      return inner((def.getter as () => z.ZodType)())
    default:
      return BOUNDED_LEAVES.has(def.type) ? [] : [`${path} (${def.type}: cannot tell whether it is bounded)`]
  }
}
