import type { z } from 'zod'
import type { CallDeclaration } from './call'
import { captureCalls } from './calls/capture'
import { cheatSheetCalls } from './calls/cheatsheet'
import { eventCalls } from './calls/events'
import { exchangeCalls } from './calls/exchange'
import { followUpCalls } from './calls/followups'
import { interactionCalls } from './calls/interactions'
import { journalCalls } from './calls/journal'
import { peopleCalls } from './calls/people'
import { referralCalls } from './calls/referrals'
import { reviewCalls } from './calls/reviews'
import { safekeepingCalls } from './calls/safekeeping'
import { settingsCalls } from './calls/settings'
import { viewCalls } from './calls/views'

export type { JournalStatus } from './calls/journal'
export type { ReferralLedger } from './calls/referrals'
export type { PrintRequest, PrintResult } from './calls/cheatsheet'
export type { CaptureSaved } from './calls/capture'

/** Joins the domains' declarations; a name declared twice is a programming error, refused as Kith loads. */
function joinDomains<T extends Record<string, CallDeclaration>[]>(...domains: T): UnionToIntersection<T[number]> {
  const joined: Record<string, CallDeclaration> = {}
  for (const domain of domains) {
    for (const [name, declaration] of Object.entries(domain)) {
      if (name in joined) throw new Error(`The call ${name} is declared twice.`)
      joined[name] = declaration
    }
  }
  return joined as UnionToIntersection<T[number]>
}
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never

/**
 * Every call the renderer may make: one declaration per call (name, phrase, input schema, output type),
 * filed by domain under shared/api/calls/. Everything else (the channel list, the phrases, `window.kith`,
 * the handler types) is derived from this object.
 */
export const contract = joinDomains(
  journalCalls,
  peopleCalls,
  eventCalls,
  interactionCalls,
  referralCalls,
  viewCalls,
  followUpCalls,
  cheatSheetCalls,
  settingsCalls,
  safekeepingCalls,
  reviewCalls,
  exchangeCalls,
  captureCalls,
)

type Contract = typeof contract
export type Channel = keyof Contract & string
export const CHANNELS = Object.keys(contract) as Channel[]

/** What the renderer may pass: the schema's input (defaults and optional fields are optional). */
export type ApiInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives: already parsed, never `unknown`. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ApiOutput<C extends Channel> = Contract[C]['output']

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<ApiOutput<C>> | ApiOutput<C>
export type Handlers = { [C in Channel]: Handler<C> }
