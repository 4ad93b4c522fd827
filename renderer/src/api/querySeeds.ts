import type { KithApi } from '../../../shared/api/kithApi'

/** An answer asked for ahead of the page that shows it: in flight, or settled. */
export type QuerySeed = { promise: Promise<unknown>; settled?: { data: unknown } | { error: Error } }

const seedsByApi = new WeakMap<KithApi, Map<string, QuerySeed>>()

function seedsOf(kith: KithApi): Map<string, QuerySeed> {
  let seeds = seedsByApi.get(kith)
  if (!seeds) seedsByApi.set(kith, (seeds = new Map()))
  return seeds
}

/**
 * Forgets every seeded answer: called on `journal:changed` by the queries listening for it.
 * (Seeding does not subscribe itself: that would open the event stream while the app's code
 * is still loading, taking one of the browser's few connections to the bridge.)
 */
export function clearSeeds(kith: KithApi): void {
  seedsByApi.get(kith)?.clear()
}

/** Records an answer started before any page asked for it, under the key its `useKithQuery` uses. */
export function seedQuery(kith: KithApi, key: string, promise: Promise<unknown>): void {
  const seed: QuerySeed = { promise }
  promise.then(
    (data) => (seed.settled = { data }),
    (error: unknown) => (seed.settled = { error: error instanceof Error ? error : new Error(String(error)) }),
  )
  seedsOf(kith).set(key, seed)
}

/** The seeded answer for `key`, if one was started and the journal has not changed since. */
export function findSeed(kith: KithApi, key: string): QuerySeed | undefined {
  return seedsByApi.get(kith)?.get(key)
}
