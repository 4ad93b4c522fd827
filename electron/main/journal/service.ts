import type { Handlers } from '../../../shared/api/contract'
import type { JournalStore } from './journalStore'
import { captureHandlers } from './handlers/capture'
import { cheatSheetHandlers } from './handlers/cheatsheet'
import { createServiceContext, type ServiceDeps } from './handlers/context'
import { eventHandlers } from './handlers/events'
import { exchangeHandlers } from './handlers/exchange'
import { followUpHandlers } from './handlers/followups'
import { interactionHandlers } from './handlers/interactions'
import { journalHandlers } from './handlers/journal'
import { peopleHandlers } from './handlers/people'
import { referralHandlers } from './handlers/referrals'
import { registerHandlers } from './handlers/registry'
import { reviewHandlers } from './handlers/reviews'
import { safekeepingHandlers } from './handlers/safekeeping'
import { settingsHandlers } from './handlers/settings'
import { viewHandlers } from './handlers/views'

export type { ServiceDeps } from './handlers/context'

/** Every call of the contract as a plain function over the store, one module per domain: no Electron here. */
export function createJournalService(store: JournalStore, deps: ServiceDeps = {}): Handlers {
  const ctx = createServiceContext(store, deps)
  return registerHandlers(
    journalHandlers(ctx),
    peopleHandlers(ctx),
    eventHandlers(ctx),
    interactionHandlers(ctx),
    referralHandlers(ctx),
    viewHandlers(ctx),
    followUpHandlers(ctx),
    cheatSheetHandlers(ctx),
    settingsHandlers(ctx),
    safekeepingHandlers(ctx),
    reviewHandlers(ctx),
    exchangeHandlers(ctx),
    captureHandlers(ctx),
  )
}
