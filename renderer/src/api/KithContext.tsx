import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { KithApi } from '../../../shared/api/kithApi'
import { createKithClient } from './client'
import { followJournalChanges } from './journalChanges'

const KithContext = createContext<KithApi | null>(null)

/**
 * The journal's API and the window's one query cache. `client` is the one the boot code
 * already filled with the first screen (see prefetch.ts); without it a new one is made.
 */
export function KithProvider({ api, client, children }: { api: KithApi; client?: QueryClient; children: ReactNode }) {
  const [queries] = useState(() => client ?? createKithClient(api))
  useEffect(() => followJournalChanges(queries, api), [queries, api])
  return (
    <KithContext.Provider value={api}>
      <QueryClientProvider client={queries}>{children}</QueryClientProvider>
    </KithContext.Provider>
  )
}

/** The API itself, for what is not a cached read or a write (subscriptions, files, printing). */
export function useKith(): KithApi {
  const api = useContext(KithContext)
  if (!api) throw new Error('useKith() needs a <KithProvider> above it.')
  return api
}
