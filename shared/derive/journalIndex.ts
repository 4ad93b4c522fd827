import type { Interaction, Journal, Referral } from '../domain'
import { instantKey } from './instants'

/** A conversation as one person's relationship reads it: its instant key computed once. */
export type Touch = { readonly key: string; readonly date: string; readonly kind: Interaction['kind']; readonly interaction: Interaction }

/**
 * Conversations and referrals grouped by person, oldest first (ties by id, so the order
 * never depends on where a record sits in the journal). Derivations read the journal
 * through this, so each stays linear in the size of the journal.
 *
 * A person's lists are replaced, never edited, when their records change: a list with the
 * same identity as before means nothing of that person changed, which is what lets
 * relationships and timeline lanes be re-derived for the people a change touched only.
 */
export type JournalIndex = {
  readonly touchesByPerson: ReadonlyMap<string, readonly Touch[]>
  readonly referralsByPerson: ReadonlyMap<string, readonly Referral[]>
  /** The person's conversations as records, in the order of their touches. */
  interactionsOf(personId: string): readonly Interaction[]
}

type IndexedJournal = Pick<Journal, 'interactions' | 'referrals'>

/** Which people a change touched: their ids, or 'all' when there is no telling. */
export type PeopleChanged = ReadonlySet<string> | 'all'

const NONE: readonly never[] = Object.freeze([])
/** Above this share of a list changed, rebuilding is cheaper than patching. */
const REBUILD_SHARE = 0.25

const byKeyThenId = (keyA: string, idA: string, keyB: string, idB: string) => (keyA < keyB ? -1 : keyA > keyB ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0)
const compareTouches = (a: Touch, b: Touch) => byKeyThenId(a.key, a.interaction.id, b.key, b.interaction.id)
const referralKeys = new WeakMap<Referral, string>()
const referralKey = (r: Referral) => {
  let key = referralKeys.get(r)
  if (key === undefined) referralKeys.set(r, (key = instantKey(r.date)))
  return key
}
const compareReferrals = (a: Referral, b: Referral) => byKeyThenId(referralKey(a), a.id, referralKey(b), b.id)

/** The person on the other side of a referral (given to, or received from). */
export const otherPartyOf = (r: Referral): string | undefined => (r.direction === 'given' ? r.toPersonId : r.fromPersonId)

/**
 * A list as it is now, to compare the next one with. A frozen list (the store's: each change makes
 * new lists) cannot change and is kept as it is; copying one is slow in V8 (1.5 ms for 50,000
 * records, against 0.2 ms for a plain list). Any other list may be changed in place later: a copy.
 */
export const snapshot = <T>(list: readonly T[]): readonly T[] => (Object.isFrozen(list) ? list : list.slice())

/** Records are immutable and replaced on change, so old and new lists differ only where identities differ. */
export type ListChange<T> = { removed: T[]; added: T[] }

/**
 * What changed between two snapshots of a list, by identity. Edits cluster (an append, one
 * record replaced, one removed), so the common head and tail are skipped first; what lies
 * between is compared as sets. Undefined when so much changed that starting over is cheaper.
 */
export function changesBetween<T extends object>(before: readonly T[], after: readonly T[]): ListChange<T> | undefined {
  // The same frozen list (see `snapshot`): a change elsewhere in the journal kept it whole.
  if (before === after) return { removed: [], added: [] }
  let head = 0
  const shorter = Math.min(before.length, after.length)
  while (head < shorter && before[head] === after[head]) head++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > head && endAfter > head && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const span = endBefore - head + (endAfter - head)
  if (span === 0) return { removed: [], added: [] }
  if (span > Math.max(64, REBUILD_SHARE * (before.length + after.length))) return undefined
  const middleBefore = new Set(before.slice(head, endBefore))
  const middleAfter = new Set(after.slice(head, endAfter))
  return { removed: [...middleBefore].filter((r) => !middleAfter.has(r)), added: [...middleAfter].filter((r) => !middleBefore.has(r)) }
}

/**
 * Records grouped by person, each list sorted. `update` compares the records with the last ones
 * it saw and re-sorts only the lists of people whose records were added, replaced or removed.
 */
class ByPerson<R extends object, E> {
  readonly lists = new Map<string, readonly E[]>()
  private seen: readonly R[] = NONE

  constructor(
    private readonly peopleOf: (record: R) => readonly string[],
    private readonly entryOf: (record: R) => E,
    private readonly recordOf: (entry: E) => R,
    private readonly compare: (a: E, b: E) => number,
  ) {}

  /** Adds to `changed` the people whose lists were replaced; false when every list was rebuilt. */
  update(records: readonly R[], changed: Set<string>): boolean {
    const change = changesBetween(this.seen, records)
    this.seen = snapshot(records)
    if (change) this.patch(change, changed)
    else this.rebuild(records)
    return change !== undefined
  }

  private rebuild(records: readonly R[]) {
    const lists = new Map<string, E[]>()
    for (const record of records) {
      const entry = this.entryOf(record)
      for (const id of this.peopleOf(record)) push(lists, id, entry)
    }
    // Records are mostly logged in order, so most lists are sorted already: checking is far cheaper than sort().
    for (const list of lists.values()) if (!inOrder(list, this.compare)) list.sort(this.compare)
    this.lists.clear()
    for (const [id, list] of lists) this.lists.set(id, list)
  }

  private patch({ removed, added }: ListChange<R>, changed: Set<string>) {
    const gone = new Set(removed)
    const arriving = new Map<string, E[]>()
    for (const record of added) {
      const entry = this.entryOf(record)
      for (const id of this.peopleOf(record)) push(arriving, id, entry)
    }
    const affected = new Set(arriving.keys())
    for (const record of removed) for (const id of this.peopleOf(record)) affected.add(id)
    for (const id of affected) {
      changed.add(id)
      const kept = (this.lists.get(id) ?? NONE).filter((entry) => !gone.has(this.recordOf(entry)))
      const list = kept.concat(arriving.get(id) ?? NONE).sort(this.compare)
      if (list.length) this.lists.set(id, list)
      else this.lists.delete(id)
    }
  }
}

/**
 * A JournalIndex kept up to date: `update` re-sorts only the lists of people whose
 * conversations or referrals were added, replaced or removed since the last call.
 */
export class LiveJournalIndex implements JournalIndex {
  // Records parsed from JSON come in many shapes (optional fields), which makes reading their fields
  // slow in a hot loop; each conversation is read once into a uniform Touch.
  private readonly touches = new ByPerson<Interaction, Touch>(
    (i) => i.personIds,
    touchOf,
    (t) => t.interaction,
    compareTouches,
  )
  private readonly referrals = new ByPerson<Referral, Referral>(
    (r) => {
      const other = otherPartyOf(r)
      return other ? [other] : NONE
    },
    (r) => r,
    (r) => r,
    compareReferrals,
  )
  private readonly interactionLists = new WeakMap<readonly Touch[], readonly Interaction[]>()
  /** The people whose lists the last `update` replaced, or 'all' when it rebuilt the index. */
  changed: PeopleChanged = 'all'

  get touchesByPerson(): ReadonlyMap<string, readonly Touch[]> {
    return this.touches.lists
  }

  get referralsByPerson(): ReadonlyMap<string, readonly Referral[]> {
    return this.referrals.lists
  }

  interactionsOf(personId: string): readonly Interaction[] {
    const touches = this.touches.lists.get(personId)
    if (!touches) return NONE
    let list = this.interactionLists.get(touches)
    if (!list) this.interactionLists.set(touches, (list = touches.map((t) => t.interaction)))
    return list
  }

  /** Brings the index up to `journal`; cheap when little changed since the last call. */
  update(journal: IndexedJournal): this {
    const changed = new Set<string>()
    const patchedTouches = this.touches.update(journal.interactions, changed)
    const patchedReferrals = this.referrals.update(journal.referrals, changed)
    this.changed = patchedTouches && patchedReferrals ? changed : 'all'
    return this
  }
}

/** The index of a journal, from scratch. */
export function indexJournal(journal: IndexedJournal): JournalIndex {
  return new LiveJournalIndex().update(journal)
}

const touchOf = (interaction: Interaction): Touch => ({ key: instantKey(interaction.date), date: interaction.date, kind: interaction.kind, interaction })

function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false
  return true
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
