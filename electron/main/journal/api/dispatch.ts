import { CHANNELS, type Channel } from '../../../../shared/api/channels'
import { contract, type Handlers } from '../../../../shared/api/contract'
import { callPhrase } from '../../../../shared/api/callPhrases'
import type { Envelope } from '../../../../shared/api/envelope'
import { describeIssue } from './describeIssue'
import { inspectMessage } from './limits'
import { ServiceError } from '../serviceError'

export { describeIssue }

const KNOWN = new Set<string>(CHANNELS)

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && KNOWN.has(name)
}

/** "Could not add the person: name is required." */
function couldNot(channel: Channel, reason: string): string {
  const sentence = `Could not ${callPhrase(channel)}: ${reason.replace(/^The /, 'the ')}`
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
}

/**
 * The one path every call takes, whatever the transport (IPC or the browser bridge):
 * refuse unknown channels, oversized or non-plain messages and prototype-polluting
 * keys, parse the input with its schema, then call the handler.
 * Handlers only ever see parsed values.
 */
export async function dispatch(channel: unknown, raw: unknown, handlers: Handlers): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { message: `Kith has no call named "${String(channel).slice(0, 80)}".` } }
  const refusal = inspectMessage(raw)
  if (refusal) return { ok: false, error: { ...refusal, message: couldNot(channel, refusal.message) } }
  // A JSON round trip gives handlers the same values whichever transport carried them:
  // IPC's structured clone keeps `{ emails: undefined }`, which would overwrite a stored list.
  const parsed = contract[channel].input.safeParse(raw === undefined || raw === null ? {} : JSON.parse(JSON.stringify(raw)))
  if (!parsed.success) {
    const first = describeIssue(parsed.error.issues[0]!)
    return { ok: false, error: { message: couldNot(channel, first.message), field: first.field } }
  }
  const handler = handlers[channel] as ((input: unknown) => unknown) | undefined
  if (typeof handler !== 'function') return { ok: false, error: { message: couldNot(channel, 'this version of Kith does not handle it yet') } }
  try {
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // A handler's ServiceError names its field ("personIds"): forms show the message beside it.
    const field = error instanceof ServiceError ? error.field : undefined
    return { ok: false, error: field ? { message, field } : { message } }
  }
}
