import { writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Journal } from '../../../shared/domain'
import type { SetAsideEntry } from '../../../shared/api/safekeeping'
import { RECORD_LISTS, problemWith, type RecordList, type RecordProblem } from './recordCheck'

/** A record a full check found invalid, kept out of the journal with what is wrong with it. */
export type SetAsideRecord = { list: RecordList; record: unknown; problem: RecordProblem }

/**
 * Splits each record list into valid and invalid records. Returns the journal of the valid
 * ones, or undefined when the journal is wrong outside its records (then it is damaged as a whole).
 */
export function setAsideInvalidRecords(raw: unknown): { journal: Journal; setAside: SetAsideRecord[] } | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined
  const source = { ...(raw as Record<string, unknown>) }
  const setAside: SetAsideRecord[] = []
  for (const list of RECORD_LISTS) {
    const records = source[list]
    if (!Array.isArray(records)) continue
    source[list] = records.filter((record) => {
      const problem = problemWith(list, record)
      if (problem) setAside.push({ list, record, problem })
      return !problem
    })
  }
  if (setAside.length === 0) return undefined
  const parsed = Journal.safeParse(source)
  return parsed.success ? { journal: parsed.data, setAside } : undefined
}

/** What the recovery screen lists: each set-aside record by a stable key, and whether clearing its field would mend it. */
export function describeSetAside(records: ReadonlyMap<string, SetAsideRecord>): SetAsideEntry[] {
  return [...records].map(([key, entry]) => ({
    key,
    list: entry.list,
    id: entry.problem.id,
    label: entry.problem.label,
    field: entry.problem.field,
    message: entry.problem.message,
    repairable: repaired(entry) !== undefined,
  }))
}

/**
 * The record with the offending optional field removed, when that makes it valid
 * (an impossible first-met date, say); undefined when only the user can mend it.
 */
export function repaired(entry: SetAsideRecord): unknown {
  const path = entry.problem.field.split('.').filter(Boolean)
  if (path.length === 0) return undefined
  const copy = structuredClone(entry.record) as Record<string, unknown>
  let parent: unknown = copy
  for (const step of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[step]
  if (parent === null || typeof parent !== 'object') return undefined
  const last = path.at(-1)!
  // An invalid item of a list (one bad email) goes; the rest of the list stays.
  if (Array.isArray(parent)) parent.splice(Number(last), 1)
  else delete (parent as Record<string, unknown>)[last]
  return problemWith(entry.list, copy) ? undefined : copy
}

/** Keeps the set-aside records, whole, in a file beside the journal: `<name>.set-aside-<time>.json`. */
export async function keepSetAsideFile(journalPath: string, records: readonly SetAsideRecord[], now: Date): Promise<string> {
  const name = basename(journalPath).replace(/\.json$/i, '')
  const file = join(dirname(journalPath), `${name}.set-aside-${now.toISOString().replace(/[:.]/g, '-')}.json`)
  const body = {
    journal: journalPath,
    setAsideAt: now.toISOString(),
    records: records.map(({ list, record, problem }) => ({ list, problem: problem.message, record })),
  }
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
  return file
}
