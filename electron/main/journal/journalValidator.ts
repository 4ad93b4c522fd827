import { Ajv, type ValidateFunction } from 'ajv'
import { z } from 'zod'
import { createHash } from 'node:crypto'
import { Journal, SCHEMA_VERSION } from '../../../shared/domain'

/** The collections that grow with the years; everything else is small and left to zod. */
const BIG = ['people', 'events', 'interactions', 'referrals', 'followUps', 'trash'] as const
type Big = (typeof BIG)[number]

const NOT_TRIMMED = '^(?!\\s)[\\s\\S]*(?<!\\s)$'

/**
 * The JSON Schema of one collection, stricter than zod where zod would change a value:
 * what it accepts is exactly what zod would return unchanged. Strings zod trims must
 * already be trimmed; unknown keys are refused (zod would strip them). A check that
 * JSON Schema cannot state (a refinement, another transform) stops compiling: such a
 * schema must be taught here, or it would be let through unchecked.
 */
function collectionSchema(key: Big): object {
  const schema = z.toJSONSchema(Journal.shape[key], {
    target: 'draft-07',
    io: 'output',
    unrepresentable: 'throw',
    reused: 'ref',
    override: ({ zodSchema, jsonSchema }) => {
      const def = (
        zodSchema as unknown as { _zod: { def: { type: string; checks?: Array<{ _zod: { def: { check: string; tx?: (v: string) => string } } }> } } }
      )._zod.def
      for (const check of def.checks ?? []) {
        const { check: kind, tx } = check._zod.def
        if (kind === 'overwrite' && def.type === 'string' && tx?.('  Kith  ') === 'Kith' && tx('Kith') === 'Kith') {
          const target = jsonSchema as Record<string, unknown>
          target.allOf = [...((target.allOf as unknown[] | undefined) ?? []), { pattern: NOT_TRIMMED }]
        } else if (kind === 'overwrite' || kind === 'custom') {
          throw new Error(`The fast journal check cannot express a ${kind} check on ${key}; teach journalValidator.ts about it.`)
        }
      }
    },
  })
  return schema
}

let fingerprint: string | undefined

/**
 * A digest of the schemas the big collections are checked against: records checked under one
 * fingerprint are not taken as checked under another (see journalChecked.ts).
 */
export function schemaFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(JSON.stringify({ version: SCHEMA_VERSION, schemas: BIG.map(collectionSchema) }))
    .digest('hex')
  return fingerprint
}

let compiled: Record<Big, ValidateFunction> | undefined
export const FAST_FROM_RECORDS = 20_000

/** Compiled on the first open, once per process (about a tenth of a second); the benchmark times it. */
export function validators(): Record<Big, ValidateFunction> {
  if (compiled) return compiled
  // Lengths in code points, as zod 4.6 counts them; formats are left to the patterns zod exports.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false, unicodeRegExp: false })
  compiled = Object.fromEntries(BIG.map((key) => [key, ajv.compile(collectionSchema(key))])) as Record<Big, ValidateFunction>
  return compiled
}

/**
 * `Journal.safeParse`, fast for a journal Kith wrote itself: the big collections are
 * checked by code compiled from the same zod schemas (several times faster than zod on
 * 77,000 records) and used as they are; the small rest goes through zod. When the fast
 * check finds anything amiss, zod parses the whole journal, so a damaged journal is
 * reported (record and field) exactly as before and a merely untidy one is tidied as before.
 */
export function parseJournalRecords(raw: unknown, fastFromRecords = FAST_FROM_RECORDS, { recordsChecked = false } = {}): ReturnType<typeof Journal.safeParse> {
  const source = raw as Record<string, unknown> | null
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return Journal.safeParse(raw)
  // Records Kith checked when it wrote these very bytes (journalChecked.ts) are not checked again.
  const trusted = recordsChecked && BIG.every((key) => Array.isArray(source[key]))
  if (!trusted) {
    // Compiling costs about as much as zod checking 30,000 records: small journals skip it.
    const records = BIG.reduce((sum, key) => sum + (Array.isArray(source[key]) ? (source[key] as unknown[]).length : 0), 0)
    if (records < fastFromRecords && !compiled) return Journal.safeParse(raw)
    const check = validators()
    if (!BIG.every((key) => check[key](source[key]))) return Journal.safeParse(raw)
  }
  const rest = Journal.safeParse({ ...source, ...Object.fromEntries(BIG.map((key) => [key, []])) })
  if (!rest.success) return Journal.safeParse(raw)
  const journal = rest.data
  for (const key of BIG) (journal as Record<Big, unknown>)[key] = source[key]
  return { success: true, data: journal } as ReturnType<typeof Journal.safeParse>
}
