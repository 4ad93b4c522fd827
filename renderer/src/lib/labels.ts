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

export const COUNT_LABELS: Record<keyof JournalCounts, string> = {
  people: 'people',
  events: 'events',
  interactions: 'interactions',
  referrals: 'referrals',
  followUps: 'follow-ups',
  reviews: 'weekly reviews',
}
