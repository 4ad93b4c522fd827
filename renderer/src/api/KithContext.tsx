import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import type { KithApi } from '../../../shared/api/kithApi'
import { clearSeeds, findSeed } from './querySeeds'

const KithContext = createContext<KithApi | null>(null)

export function KithProvider({ api, children }: { api: KithApi; children: ReactNode }) {
  return <KithContext.Provider value={api}>{children}</KithContext.Provider>
}

export function useKith(): KithApi {
  const api = useContext(KithContext)
  if (!api) throw new Error('useKith() needs a <KithProvider> above it.')
  return api
}

export type KithQuery<T> = {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload: () => void
}

/**
 * Loads data from the journal and loads it again whenever the journal changes
 * (the `journal:changed` push event), so every page stays current after any edit.
 * `key` names what is loaded: a new key (e.g. another person's id) loads again.
 */
export function useKithQuery<T>(load: (kith: KithApi) => Promise<T>, key: string = ''): KithQuery<T> {
  const kith = useKith()
  const [generation, setGeneration] = useState(0)
  const [result, setResult] = useState<{ key: string; generation: number; data?: T; error?: Error }>()
  // The latest loader, without making every render a new request.
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  // An answer the boot code already has (see startupQueries.ts) is shown from the first render.
  const seeded = generation === 0 ? settledSeed<T>(kith, key) : undefined
  const showingSeed = seeded !== undefined

  useEffect(() => {
    if (showingSeed) return
    let current = true
    // A seed still on its way (or settled since the render) is waited for, not asked for again.
    const seed = generation === 0 ? findSeed(kith, key) : undefined
    ;((seed?.promise as Promise<T> | undefined) ?? loadRef.current(kith)).then(
      (data) => current && setResult({ key, generation, data }),
      (error: unknown) => current && setResult({ key, generation, error: error instanceof Error ? error : new Error(String(error)) }),
    )
    return () => {
      current = false
    }
  }, [kith, key, generation, showingSeed])

  // The startup answer on screen, kept through the first change: without it the page fell back to a
  // loader while reloading, and everything below it was mounted afresh (the weekly review lost its step).
  const shownSeed = useRef<{ key: string; generation: number; data?: T; error?: Error }>(undefined)
  useEffect(() => {
    shownSeed.current = seeded && { key, ...seeded }
  })

  useEffect(
    () =>
      kith.onEvent((event) => {
        if (event.type !== 'journal:changed') return
        const kept = shownSeed.current
        if (kept) setResult((r) => r ?? kept)
        clearSeeds(kith)
        setGeneration((g) => g + 1)
      }),
    [kith],
  )

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  // While reloading the same thing, keep showing what we had; never show another key's data.
  const mine = seeded ?? (result?.key === key ? result : undefined)
  return { data: mine?.data, error: mine?.error, loading: mine?.generation !== generation, reload }
}

function settledSeed<T>(kith: KithApi, key: string): { generation: number; data?: T; error?: Error } | undefined {
  const settled = findSeed(kith, key)?.settled
  if (!settled) return undefined
  return 'data' in settled ? { generation: 0, data: settled.data as T } : { generation: 0, error: settled.error }
}
