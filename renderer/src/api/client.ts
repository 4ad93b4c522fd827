import { QueryClient, notifyManager, type QueryFunctionContext } from '@tanstack/react-query'
import type { KithApi } from '../../../shared/api/kithApi'

/** The API each client's queries call: queries are plain data, the client says which journal they read. */
const apiOf = new WeakMap<QueryClient, KithApi>()

/**
 * One cache for the whole window. Answers stay fresh until the journal says it changed
 * (`staleTime: Infinity`, see journalChanges.ts): a page opened again shows what it had at once.
 * No retries and no refetch on focus: the journal is local, a failure is shown, not hidden.
 * (Kept free of Mantine: the boot code makes this client before the app's code has loaded.)
 */
export function createKithClient(kith: KithApi): QueryClient {
  // An answer reaches the page in the task it arrived in, not after a timer (the default): no frame without it.
  notifyManager.setScheduler(queueMicrotask)
  const client = new QueryClient({
    defaultOptions: {
      // `networkMode: 'always'`: the journal is on this machine, so being offline must not pause a call.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  apiOf.set(client, kith)
  return client
}

export function apiFor(client: QueryClient): KithApi {
  const kith = apiOf.get(client)
  if (!kith) throw new Error('This query client was not made by createKithClient().')
  return kith
}

/** A query function asking the journal: `queryFn: ask((kith) => kith.people.list({}))`. */
export const ask =
  <T>(call: (kith: KithApi) => Promise<T>) =>
  (context: Pick<QueryFunctionContext, 'client'>): Promise<T> =>
    call(apiFor(context.client))
