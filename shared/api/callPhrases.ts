import { contract, type Channel } from './contract'

/** What each call does, as the end of "Could not …": declared with the call (shared/api/calls/). */
export const CALL_PHRASES = Object.fromEntries(Object.entries(contract).map(([channel, declared]) => [channel, declared.phrase])) as Readonly<
  Record<Channel, string>
>

export function callPhrase(channel: Channel): string {
  return CALL_PHRASES[channel]
}
