import type { KithApi } from '../../../shared/api/kithApi'
import { createBridgeClient } from './bridgeClient'

/** Inside Electron (the preload's `window.kith`), rather than a browser through the bridge. */
export const inDesktopApp = (): boolean => Boolean(window.kith)

/** The preload's `window.kith` inside Electron; otherwise the HTTP bridge client. */
export function getKith(): KithApi {
  if (window.kith) return window.kith
  return createBridgeClient({
    search: window.location.search,
    storage: window.sessionStorage,
    fetch: window.fetch.bind(window),
    openEvents: (url) => new EventSource(url),
  })
}
