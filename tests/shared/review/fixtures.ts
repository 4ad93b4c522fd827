import type { FollowUp, NetworkEvent, WeeklyReview } from '../../../shared/domain'

/** Small records for review tests, on top of `journalWith`. */
export function followUp(id: string, dueAt: string, status: FollowUp['status'], extra: Partial<FollowUp> = {}): FollowUp {
  return { id, createdAt: dueAt, updatedAt: dueAt, dueAt, note: `follow-up ${id}`, status, ...extra }
}

export function review(weekStart: string, extra: Partial<WeeklyReview> = {}): WeeklyReview {
  const at = `${weekStart}T20:00:00.000Z`
  return { id: `rv-${weekStart}`, createdAt: at, updatedAt: at, weekStart, wentWell: '', intentions: '', completedAt: at, ...extra }
}

export function event(id: string, startsAt: string, extra: Partial<NetworkEvent> = {}): NetworkEvent {
  return { id, createdAt: startsAt, updatedAt: startsAt, title: `Event ${id}`, kind: 'other', startsAt, expectedAttendeeIds: [], ...extra }
}
