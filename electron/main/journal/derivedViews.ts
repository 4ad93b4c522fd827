import { LiveDerived, type Derived } from '../../../shared/derive/derived'
import type { JournalStore } from './journalStore'

const MINUTE = 60_000

/**
 * The index and relationships that the timeline, people list, weekly review, cheat sheet and
 * keep-in-touch suggestions all start from: one copy for every call, brought up to date when
 * the journal changes (re-deriving only the people a change touched) and each minute (days
 * since last contact move with the clock).
 */
export function createDerivedViews(store: JournalStore, now: () => Date): () => Derived {
  const live = new LiveDerived()
  let cached: { revision: number; minute: number; value: Derived } | undefined
  return () => {
    const at = now()
    const minute = Math.floor(at.getTime() / MINUTE)
    // The revision moves when a change is applied, not when it is saved: a call made while a
    // save is in flight must not pair the new journal with views derived from the old one.
    if (!cached || cached.revision !== store.revision || cached.minute !== minute) {
      cached = { revision: store.revision, minute, value: live.at(store.journal, at) }
    }
    return cached.value
  }
}
