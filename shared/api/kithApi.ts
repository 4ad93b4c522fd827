import type { ApiInput, ApiOutput } from './contract'
import type { Channel, Domain, PushEvent, Verb } from './channels'

/** Calls whose every field is optional may be made with no argument. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "{} is assignable" is exactly the test for "every field optional"
type KithCall<C extends Channel> = {} extends ApiInput<C> ? (input?: ApiInput<C>) => Promise<ApiOutput<C>> : (input: ApiInput<C>) => Promise<ApiOutput<C>>

/** `window.kith`: one namespace per domain, one function per call, plus the push subscription. */
export type KithApi = {
  [D in Domain]: {
    [V in Verb<Channel, D>]: `${D}:${V}` extends infer C extends Channel ? KithCall<C> : never
  }
} & {
  /** Subscribe to push events; returns the unsubscribe function. */
  onEvent(listener: (event: PushEvent) => void): () => void
}

/**
 * Builds `window.kith` over any transport (IPC in Electron, HTTP in the browser bridge),
 * so both expose exactly the contract's functions and nothing more.
 */
export function buildKithApi(
  channels: readonly Channel[],
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
  onEvent: KithApi['onEvent'],
): KithApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input?: unknown) => invoke(channel, input ?? {})
  }
  return Object.freeze({ ...api, onEvent }) as unknown as KithApi
}
