import type { EventKind, InteractionKind, JournalCounts, ReferralStatus } from '../../../shared/domain'

// Typed records rather than the zod enums' lists: importing the schemas would add zod to the
// renderer bundle, and a Record over the type still fails to compile when a kind is added.
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  party: 'Party',
  'chamber-mixer': 'Chamber mixer',
  'leads-group': 'Leads group',
  conference: 'Conference',
  'one-to-one': 'One-to-one',
  dinner: 'Dinner',
  other: 'Other',
}

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  met: 'Met',
  'follow-up': 'Follow-up',
  call: 'Call',
  email: 'Email',
  coffee: 'Coffee',
  'one-to-one': 'One-to-one',
  event: 'Event',
  note: 'Note',
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  introduced: 'Introduced',
  meeting: 'Meeting set',
  closed: 'Closed',
  lost: 'Lost',
}

/** What each count in the journal is called, for one and for any other number. */
export const COUNT_LABELS: Record<keyof JournalCounts, [one: string, other: string]> = {
  people: ['person', 'people'],
  events: ['event', 'events'],
  interactions: ['interaction', 'interactions'],
  referrals: ['referral', 'referrals'],
  followUps: ['follow-up', 'follow-ups'],
  reviews: ['weekly review', 'weekly reviews'],
}
