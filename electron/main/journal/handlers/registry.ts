import { CHANNELS, type Channel, type Handler, type Handlers } from '../../../../shared/api/contract'

/** One domain's handlers, typed from the contract by the domain's prefixes: `DomainHandlers<'people'>`. */
export type DomainHandlers<P extends string> = { [C in Channel as C extends `${P}:${string}` ? C : never]: Handler<C> }

/**
 * Joins the domains' handlers into one map, as Actual Budget's server `app.ts` does: a call
 * handled twice, a handler for no call, or a call left without a handler is refused here, as Kith starts.
 */
export function registerHandlers(...domains: ReadonlyArray<Partial<Record<string, unknown>>>): Handlers {
  const known = new Set<string>(CHANNELS)
  const handlers: Record<string, unknown> = {}
  for (const domain of domains) {
    for (const [channel, handler] of Object.entries(domain)) {
      if (!known.has(channel)) throw new Error(`There is a handler for ${channel}, which the contract does not declare.`)
      if (channel in handlers) throw new Error(`The call ${channel} has two handlers.`)
      if (typeof handler !== 'function') throw new Error(`The handler for ${channel} is not a function.`)
      handlers[channel] = handler
    }
  }
  const missing = CHANNELS.filter((channel) => !(channel in handlers))
  if (missing.length) throw new Error(`No handler for ${missing.join(', ')}.`)
  return handlers as Handlers
}
