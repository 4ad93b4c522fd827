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
import { TrashEntry } from './trash'

/**
 * The version this build of Kith writes. Migrations bring older journals up to it.
 * 2 added `trash`: a bump (not a default) so an older Kith opens such a journal
 * read-only instead of silently dropping the trash on its next save.
 */
export const SCHEMA_VERSION = 2

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
  trash: listOf(TrashEntry, HUGE),
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
    trash: [],
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
