import type { z } from 'zod'
import { CHANNELS, type Channel } from '../../../shared/api/channels'
import { contract, type Handlers } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/envelope'
import { findForbiddenKey } from '../../../shared/api/forbiddenKeys'

const KNOWN = new Set<string>(CHANNELS)

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && KNOWN.has(name)
}

/** "name must be at most 200 characters", or "dueAt: Invalid input" for zod's own wording. */
export function describeIssue(issue: z.core.$ZodIssue): { message: string; field?: string } {
  const field = issue.path.map(String).join('.')
  if (!field) return { message: issue.message }
  const joiner = /^[a-z]/.test(issue.message) ? ' ' : ': '
  return { message: `${field}${joiner}${issue.message}`, field }
}

/**
 * The one path every call takes, whatever the transport: refuse unknown channels and
 * prototype-polluting keys, parse the input with its schema, then call the handler.
 * Handlers only ever see parsed values.
 */
export async function dispatch(channel: unknown, raw: unknown, handlers: Handlers): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { message: `Kith has no call named "${String(channel)}".` } }
  const forbidden = findForbiddenKey(raw)
  if (forbidden) {
    return { ok: false, error: { message: `${forbidden.path} is not allowed as a field name.`, field: forbidden.path } }
  }
  const parsed = contract[channel].input.safeParse(raw ?? {})
  if (!parsed.success) {
    const first = describeIssue(parsed.error.issues[0]!)
    return { ok: false, error: { message: `Could not ${channel}: ${first.message}.`, field: first.field } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { message } }
  }
}
