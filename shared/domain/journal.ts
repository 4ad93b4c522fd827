import { z } from 'zod'
import { LIMITS, listOf } from './common'
import { Person } from './person'
import { NetworkEvent } from './event'
import { Interaction } from './interaction'
import { Referral } from './referral'
import { FollowUp } from './followup'
import { WeeklyReview } from './review'
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, Icebreaker, Profile, Settings } from './profile'
import { builtInIcebreakers } from './icebreakers'

/** The version this build of Kith writes. Migrations bring older journals up to it. */
export const SCHEMA_VERSION = 1

const HUGE = 1_000_000

export const Journal = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: listOf(Person, HUGE),
  events: listOf(NetworkEvent, HUGE),
  interactions: listOf(Interaction, HUGE),
  referrals: listOf(Referral, HUGE),
  followUps: listOf(FollowUp, HUGE),
  reviews: listOf(WeeklyReview, HUGE),
  icebreakers: listOf(Icebreaker, LIMITS.listItems),
  profile: Profile,
  settings: Settings,
})
export type Journal = z.infer<typeof Journal>

/** A brand-new journal: nothing but the built-in icebreakers. */
export function emptyJournal(now: Date): Journal {
  return {
    schemaVersion: SCHEMA_VERSION,
    people: [],
    events: [],
    interactions: [],
    referrals: [],
    followUps: [],
    reviews: [],
    icebreakers: builtInIcebreakers(now),
    profile: structuredClone(DEFAULT_PROFILE),
    settings: structuredClone(DEFAULT_SETTINGS),
  }
}

export type JournalCounts = Record<'people' | 'events' | 'interactions' | 'referrals' | 'followUps' | 'reviews', number>

export function journalCounts(j: Journal): JournalCounts {
  return {
    people: j.people.length,
    events: j.events.length,
    interactions: j.interactions.length,
    referrals: j.referrals.length,
    followUps: j.followUps.length,
    reviews: j.reviews.length,
  }
}
