import { useMemo } from 'react'
import type { KithApi } from '../../../../shared/api/kithApi'
import type { InteractionKind } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { formatWhen } from '../../lib/format'

export type LoggedConversation = { kind: InteractionKind; summary: string }

/**
 * Snooze, done and dismiss as the list page, the notifications and the person page use
 * them: each says what happened, or why it could not. Resolves true when it worked.
 */
export function useFollowUpActions() {
  const { write } = useWrite()
  return useMemo(() => {
    const attempt = async (failure: string, call: (kith: KithApi) => Promise<unknown>, done: string) => (await write(call, { failure, done })) !== undefined
    return {
      snooze: (id: string, until: Date) =>
        attempt(
          'Could not snooze this follow-up',
          (kith) => kith.followups.snooze({ id, until: until.toISOString() }),
          `Snoozed until ${formatWhen(until.toISOString())}.`,
        ),
      done: (id: string, logInteraction?: LoggedConversation) =>
        attempt(
          'Could not mark this follow-up done',
          (kith) => kith.followups.done(logInteraction ? { id, logInteraction } : { id }),
          logInteraction ? 'Done, and the conversation is logged.' : 'Follow-up done.',
        ),
      dismiss: (id: string) => attempt('Could not dismiss this follow-up', (kith) => kith.followups.dismiss({ id }), 'Follow-up dismissed.'),
    }
  }, [write])
}
