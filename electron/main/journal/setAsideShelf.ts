import type { Recovery } from '../../../shared/api/safekeeping'
import { describeProblem, type RecordList } from './recordCheck'
import { describeSetAside, keepSetAsideFile, repaired, type SetAsideRecord } from './setAside'

/** The records a full check kept out of the journal, by the key the recovery screen uses, until each is mended or dropped. */
export class SetAsideShelf {
  private readonly records = new Map<string, SetAsideRecord>()
  private nextKey = 0

  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  add(records: readonly SetAsideRecord[]): void {
    for (const record of records) this.records.set(String(this.nextKey++), record)
  }

  clear(): void {
    this.records.clear()
  }

  /** Keeps records found in `source` whole in a file beside the journal; returns the recovery that lists them. */
  async keep(records: SetAsideRecord[], source: string): Promise<Recovery> {
    const file = await keepSetAsideFile(this.path, records, this.now())
    this.add(records)
    return {
      kind: 'set-aside',
      message: `${records.length} record${records.length === 1 ? '' : 's'} in ${source} did not match Kith's format: ${records
        .slice(0, 3)
        .map((entry) => describeProblem(entry.problem))
        .join('; ')}. Kith opened everything else and kept the set-aside records in ${file}.`,
      setAside: describeSetAside(this.records),
      setAsideFile: file,
    }
  }

  /**
   * Takes a record off the shelf: `repair` returns it mended (its offending field cleared) to put back in
   * the journal, or throws when only the user can mend it; `drop` returns nothing. Its file keeps it either way.
   */
  take(key: string, how: 'repair' | 'drop', file = 'the set-aside file'): { list: RecordList; record?: unknown } {
    const entry = this.records.get(key)
    if (!entry) throw new Error('That set-aside record was already mended or dropped.')
    const record = how === 'repair' ? repaired(entry) : undefined
    if (how === 'repair' && record === undefined) {
      throw new Error(
        `Kith cannot mend ${describeProblem(entry.problem)} by itself. The record stays whole in ${file}; drop it here, or copy what you need from that file.`,
      )
    }
    this.records.delete(key)
    return { list: entry.list, record }
  }

  /** The recovery after a record was taken: the shorter list, or none once the shelf is empty. */
  recoveryAfterTaking(recovery: Recovery | undefined): Recovery | undefined {
    if (recovery?.kind !== 'set-aside') return recovery
    return this.records.size === 0 ? undefined : { ...recovery, setAside: describeSetAside(this.records) }
  }
}
