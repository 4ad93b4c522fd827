import type { Handlers } from '../../../shared/api/contract'
import { FollowUp, Interaction, type Journal } from '../../../shared/domain'
import type { JournalStore } from '../journal/journalStore'
import { suggestedFollowUps } from '../../../shared/derive/followUps'
import type { Derived } from '../../../shared/derive/derived'

export type FollowUpChannel = 'followups:update' | 'followups:snooze' | 'followups:done' | 'followups:dismiss' | 'followups:suggested'

export type FollowUpDeps = {
  now: () => Date
  newId: () => string
  find: <T extends { id: string }>(list: T[], id: string, what: string) => T
  /** The shared index and relationships, kept up to date per journal revision. */
  derived: () => Derived
}

/** A follow-up changed by `change`, validated, written back in place: one save. */
async function changeFollowUp(store: JournalStore, found: FollowUp, change: (f: FollowUp) => FollowUp, also?: (journal: Journal) => void) {
  const updated = FollowUp.parse(change(structuredClone(found)))
  await store.mutate((journal) => {
    const at = journal.followUps.findIndex((f) => f.id === found.id)
    if (at >= 0) journal.followUps[at] = updated
    also?.(journal)
  })
  return updated
}

/** Without `notifiedAt` (and optionally without the snooze): it notifies again at its (new) time. */
function rearmed(f: FollowUp, keepSnooze = true): FollowUp {
  const { notifiedAt: _notified, snoozedUntil, ...rest } = f
  return keepSnooze && snoozedUntil ? { ...rest, snoozedUntil } : rest
}

function requirePending(f: FollowUp, doing: string) {
  if (f.status !== 'pending') throw new Error(`This follow-up is already ${f.status}, so it cannot be ${doing}.`)
}

/** Edit, snooze, done (optionally logging the conversation), dismiss. */
export function createFollowUpHandlers(store: JournalStore, { now, newId, find, derived }: FollowUpDeps): Pick<Handlers, FollowUpChannel> {
  const followUp = (id: string) => find(store.journal.followUps, id, 'follow-up')
  const stampNow = () => now().toISOString()

  return {
    'followups:update': ({ id, patch }) => {
      const found = followUp(id)
      if (patch.personId) find(store.journal.people, patch.personId, 'person')
      const moved = patch.dueAt !== undefined && patch.dueAt !== found.dueAt
      return changeFollowUp(store, found, (f) => {
        // A new due time replaces any snooze and notifies again.
        const base = moved ? rearmed(f, false) : f
        return { ...base, ...definedOnly(patch), updatedAt: stampNow() }
      })
    },

    'followups:snooze': ({ id, until }) => {
      const found = followUp(id)
      requirePending(found, 'snoozed')
      if (Date.parse(until) <= now().getTime()) throw new Error('A snooze must end in the future. Pick a later time.')
      return changeFollowUp(store, found, (f) => ({ ...rearmed(f, false), snoozedUntil: until, updatedAt: stampNow() }))
    },

    'followups:done': ({ id, logInteraction }) => {
      const found = followUp(id)
      if (found.status === 'done' && !logInteraction) return found
      requirePending(found, 'marked done')
      let interaction: Interaction | undefined
      if (logInteraction) {
        if (!found.personId) throw new Error('This follow-up is not linked to a person, so the conversation cannot be logged with it.')
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
        store,
        found,
        (f) => ({ ...f, status: 'done', updatedAt: stampNow() }),
        (journal) => interaction && journal.interactions.push(interaction),
      )
    },

    'followups:dismiss': ({ id }) => {
      const found = followUp(id)
      if (found.status === 'dismissed') return found
      requirePending(found, 'dismissed')
      return changeFollowUp(store, found, (f) => ({ ...f, status: 'dismissed', updatedAt: stampNow() }))
    },

    'followups:suggested': ({ limit }) => suggestedFollowUps(store.journal, now(), limit, derived().rels),
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * Saves that these follow-ups notified at `at`, so they never notify again (a snooze
 * or a new due time clears it). One save for the whole batch.
 */
export async function markFollowUpsNotified(store: Pick<JournalStore, 'mutate'>, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return
  const wanted = new Set(ids)
  const stamp = at.toISOString()
  await store.mutate((journal) => {
    // Replaced, never edited in place: the store re-serialises only records that are new objects.
    journal.followUps = journal.followUps.map((f) => (wanted.has(f.id) ? { ...f, notifiedAt: stamp } : f))
  })
}

/** Remembers the weekly review reminder, so it shows once a week across restarts. */
export async function markWeeklyReviewReminded(store: Pick<JournalStore, 'mutate'>, at: Date): Promise<void> {
  await store.mutate((journal) => {
    journal.settings.weeklyReviewRemindedAt = at.toISOString()
  })
}
