import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import type { KithApi } from '../../../shared/api/kithApi'

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
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true })
  const [generation, setGeneration] = useState(0)
  // The latest loader, without making every render a new request.
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    let current = true
    setState((previous) => ({ ...previous, loading: true }))
    loadRef.current(kith).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    )
    return () => {
      current = false
    }
  }, [kith, key, generation])

  useEffect(
    () =>
      kith.onEvent((event) => {
        if (event.type === 'journal:changed') setGeneration((g) => g + 1)
      }),
    [kith],
  )

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}
