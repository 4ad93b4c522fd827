import { enableArrayMethods, enablePatches, freeze, isDraft, produceWithPatches, type Patch } from 'immer'
import type { Journal } from '../../../shared/domain'

enablePatches()
// `findIndex`, `some`, `filter` on a draft list read the records as they are, without a draft per record:
// a change to one of 50,000 conversations must not make 50,000 proxies.
enableArrayMethods()

/**
 * One change to the journal: the next journal, and the patches that lead to it from the one before
 * (and back). Every journal the store holds is deep-frozen (Immer freezes what it produces), so a
 * record that kept its identity is unchanged: the caches of bytes, checks and derived views rely on it.
 */
export type JournalChange = { journal: Journal; patches: readonly Patch[]; inversePatches: readonly Patch[] }

/**
 * A change is a recipe over a draft of the journal. It reads and writes the draft as if it were the
 * journal; Immer turns the writes into a new journal that shares every untouched record.
 * If the recipe throws, nothing changed.
 */
export type Recipe<T> = (draft: Journal) => T

/** What a store's listener hears after a change: its patches (none when only the status moved: a save error, an outside copy kept). */
export type StoreChange = Pick<JournalChange, 'patches' | 'inversePatches'>
export const STATUS_ONLY: StoreChange = { patches: [], inversePatches: [] }
/** What code that only needs to hear "the journal changed" asks of the store. */
export type ChangeSource = { onChange(listener: () => void): () => void }

/** Runs `recipe` against `journal`; the recipe's own result comes back beside the change. */
export function produceChange<T>(journal: Journal, recipe: Recipe<T>): { change: JournalChange; result: T } {
  let result!: T
  const [next, patches, inversePatches] = produceWithPatches(journal, (draft: Journal) => {
    // Immer would read a returned value as "replace the journal": the recipe's result is ours, not Immer's.
    result = recipe(draft)
    // A draft is dead once the change is made: handing one back would fail far from here.
    if (isDraft(result)) throw new Error('A journal change returned part of its draft; return a plain value or nothing.')
  })
  return { change: { journal: next, patches, inversePatches }, result }
}

/** The whole journal replaced (first run, restore): one patch at the root. */
export function replacement(journal: Journal, next: Journal): JournalChange {
  return { journal: freezeJournal(next), patches: [{ op: 'replace', path: [], value: next }], inversePatches: [{ op: 'replace', path: [], value: journal }] }
}

/** Deep-freezes a journal that did not come from Immer (one just read from disk, a backup, the sample). */
export function freezeJournal(journal: Journal): Journal {
  return freeze(journal, true)
}

/** The top-level fields of the journal a change touched (`people`, `settings`...), or 'all' when it replaced the root. */
export function touchedFields(patches: readonly Patch[]): ReadonlySet<string> | 'all' {
  const fields = new Set<string>()
  for (const patch of patches) {
    if (patch.path.length === 0) return 'all'
    fields.add(String(patch.path[0]))
  }
  return fields
}
