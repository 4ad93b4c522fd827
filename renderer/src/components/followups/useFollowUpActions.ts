import { useMemo } from 'react'
import type { InteractionKind } from '../../../../shared/domain'
import { useKith } from '../../api/KithContext'
import { formatWhen } from '../../lib/format'
import { attemptWithNotice } from '../notify'

export type LoggedConversation = { kind: InteractionKind; summary: string }

/**
 * Snooze, done and dismiss as the list page, the notifications and the person page use
 * them: each says what happened, or why it could not. Resolves true when it worked.
 */
export function useFollowUpActions() {
  const kith = useKith()
  return useMemo(() => {
    const attempt = (failure: string, run: () => Promise<unknown>, success: string) => attemptWithNotice(run, success, failure)
    return {
      snooze: (id: string, until: Date) =>
        attempt('Could not snooze this follow-up', () => kith.followups.snooze({ id, until: until.toISOString() }), `Snoozed until ${formatWhen(until.toISOString())}.`),
      done: (id: string, logInteraction?: LoggedConversation) =>
        attempt(
          'Could not mark this follow-up done',
          () => kith.followups.done(logInteraction ? { id, logInteraction } : { id }),
          logInteraction ? 'Done, and the conversation is logged.' : 'Follow-up done.',
        ),
      dismiss: (id: string) => attempt('Could not dismiss this follow-up', () => kith.followups.dismiss({ id }), 'Follow-up dismissed.'),
    }
  }, [kith])
}
