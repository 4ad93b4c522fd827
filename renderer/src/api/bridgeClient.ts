import { CALL_NAMES } from '../../../shared/api/callNames'
import type { Channel, PushEvent } from '../../../shared/api/channels'
import { unwrap, type Envelope } from '../../../shared/api/envelope'
import { buildKithApi, type KithApi } from '../../../shared/api/kithApi'

const TOKEN_KEY = 'kith.bridgeToken'

/** Where the browser bridge gets what it needs from the page; tests pass their own. */
export type BridgeEnvironment = {
  search: string
  storage: Pick<Storage, 'getItem' | 'setItem'>
  fetch: typeof fetch
  openEvents: (url: string) => Pick<EventSource, 'onmessage' | 'close'>
}

/** The token arrives once as `?token=`; sessionStorage keeps it across reloads of the tab. */
export function readBridgeToken(env: Pick<BridgeEnvironment, 'search' | 'storage'>): string | null {
  const fromUrl = new URLSearchParams(env.search).get('token')
  if (fromUrl) {
    env.storage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  return env.storage.getItem(TOKEN_KEY)
}

async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  try {
    return (await response.json()) as Envelope<unknown>
  } catch {
    // A proxy or a crashed bridge answers with something that is not our envelope.
    return { ok: false, error: { message: `Kith's local server answered ${response.status} ${response.statusText}. Restart Kith and try again.` } }
  }
}

/** `window.kith` over HTTP: how the renderer runs in a plain browser through the local bridge. */
export function createBridgeClient(env: BridgeEnvironment): KithApi {
  const token = readBridgeToken(env) ?? ''

  const invoke = async (channel: Channel, input: unknown): Promise<unknown> => {
    let response: Response
    try {
      response = await env.fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      throw new Error('Kith could not reach its local server. Is it still running?')
    }
    // A 400 still carries an envelope whose error a person can read, so unwrap every answer.
    return unwrap(await readEnvelope(response))
  }

  // One stream shared by every subscriber, opened on the first subscription.
  const listeners = new Set<(event: PushEvent) => void>()
  let source: Pick<EventSource, 'onmessage' | 'close'> | null = null
  const onEvent: KithApi['onEvent'] = (listener) => {
    listeners.add(listener)
    if (!source) {
      source = env.openEvents(`/api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (message: MessageEvent<string>) => {
        let event: PushEvent
        try {
          event = JSON.parse(message.data) as PushEvent
        } catch {
          return
        }
        for (const each of listeners) each(event)
      }
    }
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && source) {
        source.close()
        source = null
      }
    }
  }

  return buildKithApi(CALL_NAMES, invoke, onEvent)
}
