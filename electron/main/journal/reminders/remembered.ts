import type { JournalStore } from '../journalStore'

/**
 * Saves that these follow-ups notified at `at`, so they never notify again (a snooze
 * or a new due time clears it). One save for the whole batch.
 */
export async function markFollowUpsNotified(store: Pick<JournalStore, 'mutate'>, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return
  const stamp = at.toISOString()
  await store.mutate((journal) => {
    // Each found by index, then replaced: no draft is made of the follow-ups left alone.
    for (const id of new Set(ids)) {
      const index = journal.followUps.findIndex((f) => f.id === id)
      if (index >= 0) journal.followUps[index] = { ...journal.followUps[index]!, notifiedAt: stamp }
    }
  })
}

/** Remembers the weekly review reminder, so it shows once a week across restarts. */
export async function markWeeklyReviewReminded(store: Pick<JournalStore, 'mutate'>, at: Date): Promise<void> {
  await store.mutate((journal) => {
    journal.settings.weeklyReviewRemindedAt = at.toISOString()
  })
}
