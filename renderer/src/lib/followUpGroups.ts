import type { FollowUp } from '../../../shared/domain'

export const FOLLOW_UP_GROUPS = ['overdue', 'today', 'this week', 'later'] as const
export type FollowUpGroup = (typeof FOLLOW_UP_GROUPS)[number]

/** When a follow-up is really due: a snooze moves it. */
export function effectiveDue(followUp: FollowUp): string {
  return followUp.snoozedUntil ?? followUp.dueAt
}

/** Pending follow-ups by urgency, each group soonest first; "this week" means the next 7 days. */
export function groupFollowUps(followUps: FollowUp[], now: Date): Record<FollowUpGroup, FollowUp[]> {
  const startOfToday = new Date(now)
  startOfToday.setHours(0, 0, 0, 0)
  const startOfTomorrow = new Date(startOfToday)
  startOfTomorrow.setDate(startOfTomorrow.getDate() + 1)
  const weekAhead = new Date(startOfToday)
  weekAhead.setDate(weekAhead.getDate() + 8)

  const groups: Record<FollowUpGroup, FollowUp[]> = { overdue: [], today: [], 'this week': [], later: [] }
  const pending = followUps
    .filter((f) => f.status === 'pending')
    .sort((a, b) => Date.parse(effectiveDue(a)) - Date.parse(effectiveDue(b)))
  for (const followUp of pending) {
    const due = Date.parse(effectiveDue(followUp))
    if (due < startOfToday.getTime()) groups.overdue.push(followUp)
    else if (due < startOfTomorrow.getTime()) groups.today.push(followUp)
    else if (due < weekAhead.getTime()) groups['this week'].push(followUp)
    else groups.later.push(followUp)
  }
  return groups
}
