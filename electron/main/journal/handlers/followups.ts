import { suggestedFollowUps } from '../../../../shared/derive/followUps'
import { FollowUp, Interaction, type Journal } from '../../../../shared/domain'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { find, insert, putRecord, requirePerson, stamp } from './records'
import type { DomainHandlers } from './registry'

/** Without `notifiedAt` (and optionally without the snooze): it notifies again at its (new) time. */
function rearmed(f: FollowUp, keepSnooze = true): FollowUp {
  const { notifiedAt: _notified, snoozedUntil, ...rest } = f
  return keepSnooze && snoozedUntil ? { ...rest, snoozedUntil } : rest
}

function requirePending(f: FollowUp, doing: string) {
  if (f.status !== 'pending') throw new ServiceError(`This follow-up is already ${f.status}, so it cannot be ${doing}.`)
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** Follow-ups: plan, edit, snooze, done (optionally logging the conversation), dismiss, and the suggested ones. */
export function followUpHandlers(ctx: ServiceContext): DomainHandlers<'followups'> {
  const { store, journal: j, now, newId, derived } = ctx
  const followUp = (id: string) => find(j().followUps, id, 'follow-up')
  const stampNow = () => now().toISOString()
  /** A follow-up changed by `change`, validated, put in its slot: one save (with `also`, when given). */
  const changeFollowUp = async (found: FollowUp, change: (f: FollowUp) => FollowUp, also?: (journal: Journal) => void) => {
    const updated = FollowUp.parse(change(found))
    await store.mutate((journal) => {
      putRecord(journal, 'followUps', updated)
      also?.(journal)
    })
    return updated
  }

  return {
    'followups:create': ({ clientId, ...input }) => {
      requirePerson(ctx, input.personId, 'personId')
      return insert(ctx, 'followUps', FollowUp, { ...stamp(ctx, clientId), ...input, status: 'pending' }, clientId)
    },
    'followups:list': ({ status: wanted }) => j().followUps.filter((f) => !wanted || f.status === wanted),

    'followups:update': ({ id, patch }) => {
      const found = followUp(id)
      if (patch.personId) find(j().people, patch.personId, 'person')
      const moved = patch.dueAt !== undefined && patch.dueAt !== found.dueAt
      return changeFollowUp(found, (f) => {
        // A new due time replaces any snooze and notifies again.
        const base = moved ? rearmed(f, false) : f
        return { ...base, ...definedOnly(patch), updatedAt: stampNow() }
      })
    },

    'followups:snooze': ({ id, until }) => {
      const found = followUp(id)
      requirePending(found, 'snoozed')
      if (Date.parse(until) <= now().getTime()) throw new ServiceError('A snooze must end in the future. Pick a later time.')
      return changeFollowUp(found, (f) => ({ ...rearmed(f, false), snoozedUntil: until, updatedAt: stampNow() }))
    },

    'followups:done': ({ id, logInteraction }) => {
      const found = followUp(id)
      if (found.status === 'done' && !logInteraction) return found
      requirePending(found, 'marked done')
      let interaction: Interaction | undefined
      if (logInteraction) {
        if (!found.personId) throw new ServiceError('This follow-up is not linked to a person, so the conversation cannot be logged with it.')
        const at = stampNow()
        interaction = Interaction.parse({
          id: newId(),
          createdAt: at,
          updatedAt: at,
          date: at,
          kind: logInteraction.kind,
          personIds: [found.personId],
          eventId: found.eventId,
          summary: logInteraction.summary,
        })
      }
      // Done and the logged conversation are saved together: never one without the other.
      return changeFollowUp(
        found,
        (f) => ({ ...f, status: 'done', updatedAt: stampNow() }),
        (journal) => interaction && journal.interactions.push(interaction),
      )
    },

    'followups:dismiss': ({ id }) => {
      const found = followUp(id)
      if (found.status === 'dismissed') return found
      requirePending(found, 'dismissed')
      return changeFollowUp(found, (f) => ({ ...f, status: 'dismissed', updatedAt: stampNow() }))
    },

    'followups:suggested': ({ limit }) => suggestedFollowUps(j(), now(), limit, derived().rels),
  }
}
