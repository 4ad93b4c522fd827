import type { Journal, WeeklyReview } from '../../domain'
import { derive, type Derived } from '../derived'
import { FIGURES, figuresByWeek, noFigures, type WeekFigures } from './activity'
import { addDays, previousWeeks, weekBounds, weekStartDate, type LocalDate, type WeekOptions } from './calendar'

export type WeekActivity = WeekFigures & { weekStart: LocalDate; reviewed: boolean }

export type Trend = {
  /** Weeks covered: 26 for six months, 52 for twelve. */
  weeks: WeekActivity[]
  totals: WeekFigures
  weeksReviewed: number
}

export type Streak = {
  /** Consecutive weeks reviewed, ending this week or, if this week is not reviewed yet, last week. */
  weeks: number
  /** The first day of the streak's latest week, or null with no streak. */
  through: LocalDate | null
}

export type PastReview = WeeklyReview & { completed: boolean }

export type ReviewHistory = {
  /** Saved reviews, newest week first; `weekStart` is as saved. */
  reviews: PastReview[]
  streak: Streak
  sixMonths: Trend
  twelveMonths: Trend
}

export const SIX_MONTHS_IN_WEEKS = 26
export const TWELVE_MONTHS_IN_WEEKS = 52

/**
 * The weeks that have a completed review, by the first day of the week under the
 * current settings: a review saved while weeks started on Sunday still counts for
 * the Monday-based week that contains it.
 */
export function reviewedWeeks(reviews: readonly WeeklyReview[], weekStartsOn: WeekOptions['weekStartsOn']): Set<LocalDate> {
  return new Set(reviews.filter((r) => r.completedAt).map((r) => weekStartDate(r.weekStart, weekStartsOn)))
}

export function reviewStreak(reviewed: ReadonlySet<LocalDate>, thisWeek: LocalDate): Streak {
  let cursor = reviewed.has(thisWeek) ? thisWeek : addDays(thisWeek, -7)
  const through = reviewed.has(cursor) ? cursor : null
  let weeks = 0
  while (reviewed.has(cursor)) {
    weeks++
    cursor = addDays(cursor, -7)
  }
  return { weeks, through }
}

function trendOf(weeks: WeekActivity[]): Trend {
  const totals = noFigures()
  for (const { key } of FIGURES) totals[key] = weeks.reduce((sum, week) => sum + week[key], 0)
  return { weeks, totals, weeksReviewed: weeks.filter((w) => w.reviewed).length }
}

/** Past reviews and the activity of the last 6 and 12 months, week by week, ending with this week. */
export function reviewHistory(
  journal: Journal,
  options: WeekOptions & { now: Date },
  { rels }: Pick<Derived, 'rels'> = derive(journal, options.now),
): ReviewHistory {
  const thisWeek = weekBounds(options.now, options)
  const weeks = [...previousWeeks(thisWeek, TWELVE_MONTHS_IN_WEEKS - 1, options), thisWeek]
  const figures = figuresByWeek(journal, weeks, { now: options.now, timeZone: options.timeZone, relationships: rels })
  const reviewed = reviewedWeeks(journal.reviews, options.weekStartsOn)
  const activity = weeks.map((week, i) => ({ weekStart: week.startDate, reviewed: reviewed.has(week.startDate), ...figures[i]! }))
  return {
    reviews: journal.reviews.map((r) => ({ ...r, completed: Boolean(r.completedAt) })).sort((a, b) => b.weekStart.localeCompare(a.weekStart)),
    streak: reviewStreak(reviewed, thisWeek.startDate),
    sixMonths: trendOf(activity.slice(-SIX_MONTHS_IN_WEEKS)),
    twelveMonths: trendOf(activity),
  }
}
