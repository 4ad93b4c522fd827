import { z } from 'zod'
import { FollowUp, Id, InteractionKind, IsoDateTime, ShortText } from '../../domain'
import type { SuggestedFollowUp } from '../../derive/followUps'
import { ById, ClientId, call, declareCalls } from '../call'

/** Follow-ups you plan, and the ones Kith suggests so nobody goes cold. */
export const followUpCalls = declareCalls('followups')({
  'followups:create': call<FollowUp>('add the follow-up')(z.object({ personId: Id, dueAt: IsoDateTime, note: ShortText, clientId: ClientId })),
  'followups:list': call<FollowUp[]>('list follow-ups')(z.object({ status: FollowUp.shape.status.optional() })),
  'followups:update': call<FollowUp>('save the follow-up')(
    z.object({ id: Id, patch: z.object({ personId: Id, dueAt: IsoDateTime, note: ShortText }).partial() }),
  ),
  /** Moves when it notifies: it notifies again at `until`. */
  'followups:snooze': call<FollowUp>('snooze the follow-up')(z.object({ id: Id, until: IsoDateTime })),
  /** Marks it done, optionally logging the conversation with the person in the same save. */
  'followups:done': call<FollowUp>('mark the follow-up done')(
    z.object({ id: Id, logInteraction: z.object({ kind: InteractionKind, summary: ShortText }).optional() }),
  ),
  'followups:dismiss': call<FollowUp>('dismiss the follow-up')(ById),
  /** Keep in touch: people past their cadence with nothing planned, the longest-neglected first. */
  'followups:suggested': call<{ total: number; suggestions: SuggestedFollowUp[] }>('suggest follow-ups')(
    z.object({ limit: z.number().int().min(1).max(500).optional() }),
  ),
})
