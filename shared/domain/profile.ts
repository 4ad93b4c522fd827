import { z } from 'zod'
import { CURRENCY_CODE } from './currency'
import { ClockTime, Id, IsoDateTime, LongText, RecordBase, ShortText, boundedRecord, listOf } from './common'

/** A conversation starter. Built-in ones ship with Kith; the user may add their own. */
export const Icebreaker = RecordBase.extend({
  question: ShortText.min(1, 'is required'),
  builtIn: z.boolean(),
  hidden: z.boolean(),
})
export type Icebreaker = z.infer<typeof Icebreaker>

/** My own side of the two-way street: the pitch and my answers to the icebreakers. */
export const Profile = z.object({
  name: ShortText,
  elevatorPitch: LongText,
  answers: listOf(z.object({ icebreakerId: Id, answer: LongText }), 200),
})
export type Profile = z.infer<typeof Profile>

export const THEMES = ['auto', 'light', 'dark'] as const

export const Settings = z.object({
  /** False until the user picked "start empty" or "load the sample" on first run. */
  onboarded: z.boolean(),
  theme: z.enum(THEMES),
  defaultCadenceDays: z.number().int().min(1).max(3_650),
  cadenceByTag: boundedRecord(z.string().max(60, 'must be at most 60 characters'), z.number().int().min(1).max(3_650), 500),
  quietHours: z.object({ enabled: z.boolean(), start: ClockTime, end: ClockTime }),
  weeklyReview: z.object({ enabled: z.boolean(), weekday: z.number().int().min(0).max(6), time: ClockTime }),
  launchAtLogin: z.boolean(),
  backups: z.object({ keepDaily: z.number().int().min(1).max(365), keepWeekly: z.number().int().min(0).max(520) }),
  /** Set by the reminder scheduler so the weekly review notifies once a week, across restarts. Optional: older journals lack it. */
  weeklyReviewRemindedAt: IsoDateTime.optional(),
  /** Set once the "Kith keeps running in the tray" hint was shown, so it shows only the first time. */
  trayHintShown: z.boolean().optional(),
  /** The currency of referral values (ISO 4217). Optional: older journals lack it, and then the locale's is used. */
  currency: z.string().max(3).regex(CURRENCY_CODE, 'must be a three-letter currency code such as USD').optional(),
})
export type Settings = z.infer<typeof Settings>

export const DEFAULT_SETTINGS: Settings = {
  onboarded: false,
  theme: 'auto',
  defaultCadenceDays: 90,
  cadenceByTag: {},
  quietHours: { enabled: false, start: '21:00', end: '08:00' },
  weeklyReview: { enabled: true, weekday: 5, time: '16:00' },
  launchAtLogin: false,
  backups: { keepDaily: 14, keepWeekly: 8 },
}

export const DEFAULT_PROFILE: Profile = { name: '', elevatorPitch: '', answers: [] }
