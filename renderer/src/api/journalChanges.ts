import type { Query, QueryClient } from '@tanstack/react-query'
import type { PushEvent } from '../../../shared/api/channels'
import type { Journal } from '../../../shared/domain'
import type { KithApi } from '../../../shared/api/kithApi'

/** A top-level part of the journal: what a query reads from and a change may touch. */
export type JournalPart = Exclude<keyof Journal, 'schemaVersion'>

/** What a query says about itself: the parts it derives from (none said: all of them). */
export type ReadsMeta = { reads?: readonly JournalPart[] }

export const reads = (...parts: JournalPart[]): ReadsMeta => ({ reads: parts })

/** The parts a change names, when the event says (`changed: ['followUps']`); otherwise unknown. */
function changedParts(event: PushEvent): readonly string[] | undefined {
  const changed = (event as { changed?: unknown }).changed
  return Array.isArray(changed) ? (changed as string[]) : undefined
}

export function affectedBy(query: Pick<Query, 'meta'>, changed: readonly string[] | undefined): boolean {
  const read = (query.meta as ReadsMeta | undefined)?.reads
  return !changed || !read || read.some((part) => changed.includes(part))
}

/**
 * The one invalidation path: each `journal:changed` marks what it can affect as stale, once,
 * and the queries on screen ask again (each key once, however many components show it);
 * the others ask when next shown.
 */
export function followJournalChanges(client: QueryClient, kith: KithApi): () => void {
  return kith.onEvent((event) => {
    if (event.type !== 'journal:changed') return
    const changed = changedParts(event)
    void client.invalidateQueries({ predicate: (query) => affectedBy(query, changed) })
  })
}
