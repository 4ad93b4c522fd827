import fc from 'fast-check'
import type { z } from 'zod'
import { ClockTime, Id, TimeZoneName } from '../../../shared/domain'

type Check = { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; format?: string; pattern?: RegExp }
type Def = { type: string; checks?: Array<{ _zod: { def: Check } }> } & Record<string, unknown>

export type ArbitraryOptions = {
  /** Ids that exist in the journal under test, so calls reach real records as well as missing ones. */
  knownIds: () => readonly string[]
  /** IPC's structured clone can carry `{ key: undefined }`; JSON cannot. */
  explicitUndefined?: boolean
}

/** Text a hostile vCard or paste might carry, mixed in with random text. */
const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '=cmd|"/c calc"!A1',
  '__proto__',
  'constructor',
  '\u0000\u202e\ud83d\ude00',
  'a\r\nEND:VCARD',
  '[x](javascript:alert(1))',
]

// Dates fast-check would otherwise pick from year -271820 to 275759.
const MIN_DATE = new Date('1900-01-01T00:00:00Z')
const MAX_DATE = new Date('2200-12-31T23:59:59Z')
const anyDate = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true })
const OFFSETS = ['Z', '+00:00', '+05:30', '-08:00', '+14:00']

const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def)
const lengthBound = (def: Def, check: 'min_length' | 'max_length') =>
  checksOf(def).find((c) => c.check === check)?.[check === 'min_length' ? 'minimum' : 'maximum']

function textArbitrary(def: Def): fc.Arbitrary<string> {
  const max = lengthBound(def, 'max_length') ?? 1_000
  const min = lengthBound(def, 'min_length') ?? 0
  const format = checksOf(def).find((c) => c.check === 'string_format')?.format ?? (def.format as string | undefined)
  if (format === 'datetime') {
    return fc.tuple(anyDate, fc.constantFrom(...OFFSETS)).map(([d, offset]) => d.toISOString().replace('Z', offset))
  }
  if (format === 'date') return anyDate.map((d) => d.toISOString().slice(0, 10))
  // Random text almost never matches a pattern: filtering it would spin forever, so generate matches.
  const pattern = checksOf(def).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern
  if (pattern) return fc.stringMatching(pattern).filter((text) => text.length >= min && text.length <= max)
  if (format === 'email') return fc.stringMatching(/^[A-Za-z0-9_+'-]{1,30}@[a-z0-9-]{1,20}\.[a-z]{2,6}$/).filter((e) => e.length <= max)
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 40) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 40) }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    // The boundary itself: exactly as long as the schema allows (a whole-file import's 8 MB is left to messageSize.test.ts).
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max, 50_000))) },
  )
}

function numberArbitrary(schema: z.ZodType): fc.Arbitrary<number> {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean }
  const min = n.minValue ?? -1e9
  const max = n.maxValue ?? 1e9
  if (n.isInt) return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) })
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

/**
 * For text with a refinement fast-check cannot aim at: look for a valid value among a
 * few candidates, and say what to do instead of spinning forever (a filter would).
 */
function searched(arb: fc.Arbitrary<string>, schema: z.ZodType): fc.Arbitrary<string> {
  return fc.array(arb, { minLength: 50, maxLength: 50 }).map((candidates) => {
    const found = candidates.find((candidate) => schema.safeParse(candidate).success)
    if (found === undefined) throw new Error(`arbitraryFromZod cannot find text that passes a refinement: add a case for this schema.`)
    return found
  })
}

/**
 * Builds a fast-check arbitrary from a zod schema, so every call in the contract
 * (including calls added later) is fuzzed without a hand-written generator.
 * Leaves are filtered through their own schema (trim, min, regex); the whole value
 * is filtered through the top schema by the caller (refinements such as endsAt >= startsAt).
 */
export function arbitraryFromZod(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as Def
  const inner = (child: unknown) => arbitraryFromZod(child as z.ZodType, options)
  const valid = <T>(arb: fc.Arbitrary<T>) => arb.filter((value) => schema.safeParse(value).success)

  if (schema === Id) {
    const fresh = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
    return fc.oneof(
      fc.constant(null).chain(() => (options.knownIds().length ? fc.constantFrom(...options.knownIds()) : fresh)),
      fresh,
    )
  }
  if (schema === ClockTime)
    return fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

  if (schema === TimeZoneName) return fc.constantFrom(...Intl.supportedValuesOf('timeZone'))

  switch (def.type) {
    case 'string':
      return checksOf(def).some((c) => c.check === 'custom') ? searched(textArbitrary(def), schema) : valid(textArbitrary(def))
    case 'number':
      return valid(numberArbitrary(schema))
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'optional':
      return inner(def.innerType)
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return def.type === 'nullable' ? fc.option(inner(def.innerType), { nil: null }) : inner(def.innerType)
    case 'pipe':
      return inner(def.in)
    case 'array': {
      const max = Math.min(lengthBound(def, 'max_length') ?? 5, 5)
      return valid(fc.array(inner(def.element), { minLength: Math.min(lengthBound(def, 'min_length') ?? 0, max), maxLength: max }))
    }
    case 'record':
      return valid(fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 5 }))
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const optional = (s: z.ZodType) => (s._zod.def as unknown as Def).type === 'optional'
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, s]) => {
          const arb = inner(s)
          return [key, optional(s) && options.explicitUndefined ? fc.option(arb, { nil: undefined, freq: 4 }) : arb]
        }),
      )
      const requiredKeys = Object.keys(shape).filter((key) => !optional(shape[key]!))
      return fc.record(fields, { requiredKeys })
    }
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map(inner))
    default:
      throw new Error(`arbitraryFromZod does not know zod's "${def.type}" yet: teach it, so the new call is fuzzed.`)
  }
}

/** Every path to an object field the schema declares, e.g. ["patch", "quietHours", "start"]. */
export function fieldPaths(schema: z.ZodType, prefix: string[] = []): string[][] {
  const def = schema._zod.def as unknown as Def
  if (['optional', 'default', 'nullable', 'readonly'].includes(def.type)) return fieldPaths(def.innerType as z.ZodType, prefix)
  if (def.type === 'pipe') return fieldPaths(def.in as z.ZodType, prefix)
  if (def.type !== 'object') return []
  return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])])
}
