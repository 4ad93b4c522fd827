import type { KithApi } from '../../../shared/api/kithApi'

/** An answer asked for ahead of the page that shows it: in flight, or settled. */
export type QuerySeed = { promise: Promise<unknown>; settled?: { data: unknown } | { error: Error } }

const seedsByApi = new WeakMap<KithApi, Map<string, QuerySeed>>()

function seedsOf(kith: KithApi): Map<string, QuerySeed> {
  let seeds = seedsByApi.get(kith)
  if (!seeds) {
    const created = new Map<string, QuerySeed>()
    seeds = created
    seedsByApi.set(kith, created)
    // An answer stays good until the journal changes; after that, pages ask again.
    kith.onEvent((event) => {
      if (event.type === 'journal:changed') created.clear()
    })
  }
  return seeds
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
