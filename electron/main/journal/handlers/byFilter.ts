import type { Derived } from '../../../../shared/derive'

/**
 * Answers by filter (a few kept), for as long as the derived views they were made from are current:
 * the renderer asks again on every visit to the timeline and the people list; same views and filter, same answer.
 */
export function byFilter<F, T>(derived: () => Derived, compute: (filter: F) => T): (filter: F) => T {
  const caches = new WeakMap<Derived, Map<string, T>>()
  return (filter) => {
    const views = derived()
    let cache = caches.get(views)
    if (!cache) caches.set(views, (cache = new Map()))
    const key = JSON.stringify(filter ?? {})
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= 8) cache.clear()
      cache.set(key, (value = compute(filter)))
    }
    return value
  }
}
