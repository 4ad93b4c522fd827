import type { z } from 'zod'
import { performance } from 'node:perf_hooks'
import { Journal, Profile, Settings } from '../../../shared/domain'
import { describeIssue } from './api/describeIssue'

/** The journal's lists of records: each record is checked against its list's element schema. */
export const RECORD_LISTS = ['people', 'events', 'interactions', 'referrals', 'followUps', 'reviews', 'icebreakers', 'trash'] as const
export type RecordList = (typeof RECORD_LISTS)[number]

/** A record that does not match its schema, named as a person would find it. */
export type RecordProblem = { list: RecordList | 'settings' | 'profile'; id?: string; label?: string; field: string; message: string }

export class InvalidRecordError extends Error {
  constructor(readonly problem: RecordProblem) {
    super(`Kith refused this change, so nothing was saved: ${describeProblem(problem)}.`)
  }
}

/** "people (Dana Reyes): howWeMet.date must be a date like 2026-11-29" */
export function describeProblem(problem: RecordProblem): string {
  const where = `${problem.list}${problem.label ? ` (${problem.label})` : problem.id ? ` (${problem.id})` : ''}`
  return `${where}: ${problem.message}`
}

/** The readable label of a record: its name, title, summary or id. */
export function recordLabel(record: unknown): { id?: string; label?: string } {
  const source = (record ?? {}) as Record<string, unknown>
  const text = [source.name, source.title, source.summary, source.about, source.question, source.label].find((value) => typeof value === 'string')
  return { id: typeof source.id === 'string' ? source.id : undefined, label: typeof text === 'string' ? text.slice(0, 60) : undefined }
}

/** Checks one record against its list's schema; undefined when it is valid. */
export function problemWith(list: RecordList, record: unknown): RecordProblem | undefined {
  const schema = Journal.shape[list].element as z.ZodType
  const parsed = schema.safeParse(record)
  if (parsed.success) return undefined
  const described = describeIssue(parsed.error.issues[0]!)
  return { list, ...recordLabel(record), field: described.field ?? '', message: described.message }
}

/**
 * Every record that enters the journal is valid by construction: the store's one change
 * path asks this check about each record it has not seen before. Records are never edited
 * in place (the store's Immer `mutate` freezes them), so a record object seen once stays valid, and a
 * change costs one check per new or replaced record, not per record in the journal.
 */
export class RecordCheck {
  private readonly known = new WeakSet<object>()

  /** Marks every record as checked: the journal was just parsed against the whole schema. */
  trust(journal: Journal): void {
    for (const list of RECORD_LISTS) for (const record of journal[list]) this.known.add(record)
  }

  /**
   * Checks records about to enter (an import's people) ahead of the change, a few milliseconds at a
   * time, so the change itself finds them known. Invalid ones are left for the change to refuse.
   */
  async checkAhead(list: RecordList, records: readonly unknown[]): Promise<void> {
    let sliceStart = performance.now()
    for (const record of records) {
      if (record === null || typeof record !== 'object' || this.known.has(record)) continue
      if (!problemWith(list, record)) this.known.add(record)
      if (performance.now() - sliceStart >= 8) {
        await new Promise((resolve) => setImmediate(resolve))
        sliceStart = performance.now()
      }
    }
  }

  /**
   * Throws InvalidRecordError naming the first invalid record and field; remembers the valid new ones.
   * `before` is the journal's lists as they were before the change: a record still in its old slot
   * was in the journal already, so it is passed over with one comparison. Asking the set of known
   * records about all 72,000 records of a large journal cost 3-27 ms of every save, in one go.
   * `touched` (from the change's patches) skips the fields the change did not write at all.
   */
  check(journal: Journal, before?: Pick<Journal, RecordList>, touched: ReadonlySet<string> | 'all' = 'all'): void {
    const wrote = (field: string) => touched === 'all' || touched.has(field)
    const fresh: object[] = []
    for (const list of RECORD_LISTS) {
      if (!wrote(list)) continue
      const records = journal[list] as unknown
      if (!Array.isArray(records)) throw new InvalidRecordError({ list, field: list, message: `${list} must be a list` })
      const old = (before?.[list] ?? []) as unknown[]
      for (let i = 0; i < records.length; i++) {
        const record = records[i] as unknown
        if (record === old[i]) continue
        if (record !== null && typeof record === 'object' && this.known.has(record)) continue
        const problem = problemWith(list, record)
        if (problem) throw new InvalidRecordError(problem)
        fresh.push(record as object)
      }
    }
    for (const [name, schema] of [
      ['settings', Settings],
      ['profile', Profile],
    ] as const) {
      if (!wrote(name)) continue
      const parsed = schema.safeParse(journal[name])
      if (!parsed.success) {
        const described = describeIssue(parsed.error.issues[0]!)
        throw new InvalidRecordError({ list: name, field: described.field ?? '', message: described.message })
      }
    }
    for (const record of fresh) this.known.add(record)
  }
}
