import { enableArrayMethods, enablePatches, isDraft, produceWithPatches, setAutoFreeze, type Patch } from 'immer'
import { performance } from 'node:perf_hooks'
import type { Journal } from '../../../shared/domain'

enablePatches()
// `findIndex`, `some`, `filter` on a draft list read the records as they are, without a draft per record:
// a change to one of 50,000 conversations must not make 50,000 proxies.
enableArrayMethods()
// Immer's own freeze walks every list a change touches that is not frozen yet (50,000 records, in one go).
// Kith freezes what each change made (`freezeWhatChanged`) and the journal it opened, in slices (`freezeInSlices`).
setAutoFreeze(false)

/**
 * One change to the journal: the next journal, and the patches that lead to it from the one before
 * (and back). Every journal the store holds is deep-frozen (each change freezes what it made), so a
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

/**
 * The push event for a change: it names the journal's top-level parts the patches touched, so the window
 * refreshes only what reads them (one edit on a person page: 7 calls without it, 4 with it). A change
 * that names no part (status only) or replaces the whole journal (restore, sample) names nothing: refresh all.
 */
export function journalChangedEvent(change: StoreChange): { type: 'journal:changed'; changed?: string[] } {
  const parts = new Set(change.patches.map((patch) => patch.path[0]))
  if (parts.size === 0 || parts.has(undefined)) return { type: 'journal:changed' }
  return { type: 'journal:changed', changed: [...parts].map(String) }
}
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
  return { journal: next, patches: [{ op: 'replace', path: [], value: next }], inversePatches: [{ op: 'replace', path: [], value: journal }] }
}

/** Freezes what a change made: the new journal, each list it wrote (shallowly), and each record or small field it wrote (deeply). */
export function freezeWhatChanged(change: JournalChange): void {
  const journal = change.journal as unknown as Record<string, unknown>
  for (const { path } of change.patches) {
    if (path.length === 0) return deepFreeze(journal)
    const field = journal[String(path[0])]
    if (!Array.isArray(field) || path.length === 1) deepFreeze(field)
    else {
      Object.freeze(field)
      deepFreeze(field[Number(path[1])])
    }
  }
  Object.freeze(journal)
}

const SLICE_MS = 8
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Deep-freezes a journal that did not come from a change (one just read from disk, a backup),
 * a few milliseconds at a time: 72,000 records take about 100 ms, which must not hold the window.
 */
export async function freezeInSlices(journal: Journal): Promise<void> {
  for (const value of Object.values(journal)) {
    if (Array.isArray(value)) await freezeListInSlices(value)
    else deepFreeze(value)
  }
  Object.freeze(journal)
}

/**
 * Deep-freezes a list's records and then the list, yielding every SLICE_MS. A list that enters the
 * journal frozen costs the change nothing more: Immer passes frozen values over instead of
 * walking them for drafts, and freezeWhatChanged finds nothing left to freeze.
 */
export async function freezeListInSlices(list: readonly unknown[]): Promise<void> {
  let sliceStart = performance.now()
  for (let i = 0; i < list.length; i++) {
    deepFreeze(list[i])
    if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop()
      sliceStart = performance.now()
    }
  }
  Object.freeze(list)
}

/**
 * Freezes `value` and everything in it not frozen yet, children first. The order matters to V8:
 * for-in over an object not yet frozen reads its keys from a cache shared by its shape, while over
 * a frozen one it makes a new key list per object. Freezing first (and `Object.values`) left 13 MB
 * of garbage per large journal opened (72,000 records); this leaves well under 1 MB, for the same
 * CPU time. Journal data is a tree (JSON, or records an Immer change made), so there are no cycles.
 */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i])
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key])
  Object.freeze(value)
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
