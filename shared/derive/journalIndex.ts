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

const byKeyThenId = (keyA: string, idA: string, keyB: string, idB: string) =>
  keyA < keyB ? -1 : keyA > keyB ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0
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

/** Records are immutable and replaced on change, so old and new lists differ only where identities differ. */
export type ListChange<T> = { removed: T[]; added: T[] }

/**
 * What changed between two snapshots of a list, by identity. Edits cluster (an append, one
 * record replaced, one removed), so the common head and tail are skipped first; what lies
 * between is compared as sets. Undefined when so much changed that starting over is cheaper.
 */
export function changesBetween<T extends object>(before: readonly T[], after: readonly T[]): ListChange<T> | undefined {
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
 * A JournalIndex kept up to date: `update` compares the journal's lists with the last ones
 * it saw and re-sorts only the lists of people whose records were added, replaced or removed.
 */
export class LiveJournalIndex implements JournalIndex {
  private readonly touches = new Map<string, readonly Touch[]>()
  private readonly referrals = new Map<string, readonly Referral[]>()
  private readonly interactionLists = new WeakMap<readonly Touch[], readonly Interaction[]>()
  private seenInteractions: readonly Interaction[] = NONE
  private seenReferrals: readonly Referral[] = NONE

  get touchesByPerson(): ReadonlyMap<string, readonly Touch[]> {
    return this.touches
  }

  get referralsByPerson(): ReadonlyMap<string, readonly Referral[]> {
    return this.referrals
  }

  interactionsOf(personId: string): readonly Interaction[] {
    const touches = this.touches.get(personId)
    if (!touches) return NONE
    let list = this.interactionLists.get(touches)
    if (!list) this.interactionLists.set(touches, (list = touches.map((t) => t.interaction)))
    return list
  }

  /** The people whose lists the last `update` replaced, or 'all' when it rebuilt the index. */
  changed: PeopleChanged = 'all'

  /** Brings the index up to `journal`; cheap when little changed since the last call. */
  update(journal: IndexedJournal): this {
    const changed = new Set<string>()
    let all = false
    const interactions = changesBetween(this.seenInteractions, journal.interactions)
    if (interactions) this.patchInteractions(interactions, changed)
    else {
      this.rebuildInteractions(journal.interactions)
      all = true
    }
    // A copy: the journal's own array is changed in place by the next mutation.
    this.seenInteractions = journal.interactions.slice()
    const referrals = changesBetween(this.seenReferrals, journal.referrals)
    if (referrals) this.patchReferrals(referrals, changed)
    else {
      this.rebuildReferrals(journal.referrals)
      all = true
    }
    this.seenReferrals = journal.referrals.slice()
    this.changed = all ? 'all' : changed
    return this
  }

  private rebuildInteractions(interactions: readonly Interaction[]) {
    // Records parsed from JSON come in many shapes (optional fields), which makes reading their fields
    // slow in a hot loop; each conversation is read once here into a uniform Touch.
    const lists = new Map<string, Touch[]>()
    for (const interaction of interactions) {
      const touch = touchOf(interaction)
      for (const id of interaction.personIds) push(lists, id, touch)
    }
    // Conversations are mostly logged in order, so most lists are sorted already: checking is far cheaper than sort().
    for (const list of lists.values()) if (!inOrder(list, compareTouches)) list.sort(compareTouches)
    this.touches.clear()
    for (const [id, list] of lists) this.touches.set(id, list)
  }

  private patchInteractions({ removed, added }: ListChange<Interaction>, changed: Set<string>) {
    const gone = new Set(removed)
    const arriving = new Map<string, Touch[]>()
    for (const interaction of added) {
      const touch = touchOf(interaction)
      for (const id of interaction.personIds) push(arriving, id, touch)
    }
    const affected = new Set(arriving.keys())
    for (const interaction of removed) for (const id of interaction.personIds) affected.add(id)
    for (const id of affected) {
      changed.add(id)
      const kept = (this.touches.get(id) ?? NONE).filter((t) => !gone.has(t.interaction))
      const list = kept.concat(arriving.get(id) ?? NONE).sort(compareTouches)
      if (list.length) this.touches.set(id, list)
      else this.touches.delete(id)
    }
  }

  private rebuildReferrals(referrals: readonly Referral[]) {
    const lists = new Map<string, Referral[]>()
    for (const referral of referrals) {
      const other = otherPartyOf(referral)
      if (other) push(lists, other, referral)
    }
    for (const list of lists.values()) if (!inOrder(list, compareReferrals)) list.sort(compareReferrals)
    this.referrals.clear()
    for (const [id, list] of lists) this.referrals.set(id, list)
  }

  private patchReferrals({ removed, added }: ListChange<Referral>, changed: Set<string>) {
    const gone = new Set(removed)
    const arriving = new Map<string, Referral[]>()
    for (const r of added) {
      const other = otherPartyOf(r)
      if (other) push(arriving, other, r)
    }
    const affected = new Set(arriving.keys())
    for (const r of removed) {
      const other = otherPartyOf(r)
      if (other) affected.add(other)
    }
    for (const id of affected) {
      changed.add(id)
      const kept = (this.referrals.get(id) ?? NONE).filter((r) => !gone.has(r))
      const list = kept.concat(arriving.get(id) ?? NONE).sort(compareReferrals)
      if (list.length) this.referrals.set(id, list)
      else this.referrals.delete(id)
    }
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
