/**
 * The weekly review, as pure functions of the journal, `now` and the user's week
 * (`{ timeZone, weekStartsOn }`): `weeklyReview()` gives each of the seven steps ready
 * to render, `reviewHistory()` the past reviews, trends and streak. The renderer gets
 * both through `review:summary` and `reviews:history`, passing its own
 * `Intl.DateTimeFormat().resolvedOptions().timeZone` and `weekStartsOnForLocale(navigator.language)`.
 */
import { REVIEW_STEPS, type Journal, type ReviewStep, type WeeklyReview } from '../domain'
import { derive, type Derived } from './derived'
import { FIGURES, figuresByWeek, type FigureKey, type WeekFigures } from './review/activity'
import { followingWeek, previousWeeks, weekBounds, weekOfDate, type LocalDate, type Week, type WeekOptions } from './review/calendar'
import {
  eventsIn,
  giveAndTake,
  goingCold,
  newPeople,
  overdueFollowUps,
  type ColdRelationship,
  type NewPerson,
  type OverdueFollowUp,
  type OwedReferrer,
  type UpcomingEvent,
} from './review/steps'

export * from './review/activity'
export * from './review/calendar'
export * from './review/history'
export * from './review/steps'
export * from './review/stepTitles'

/** How many weeks each figure is shown beside. */
export const COMPARE_WEEKS = 4

export type FigureRow = {
  key: FigureKey
  label: string
  unit: 'count' | 'money'
  value: number
  /** The previous four weeks, oldest first. */
  previous: number[]
  /** Previous weeks then this one, oldest first: the small chart's data. */
  series: { weekStart: LocalDate; value: number }[]
  previousAverage: number
  /** The figure as saved with the last review before this week, if there is one. */
  lastReviewed?: number
}

export type WeekInNumbers = {
  figures: FigureRow[]
  /** The last saved review before this week, which the figures are compared with. */
  lastReview?: { id: string; weekStart: LocalDate; completedAt?: string }
}

export type Reflection = {
  wentWell: string
  intentions: string
  completedAt?: string
  /** What the user meant to do this week, written in the previous review. */
  previousIntentions?: { weekStart: LocalDate; intentions: string }
}

export type WeeklyReviewModel = {
  week: Week
  nextWeek: Week
  timeZone: string
  weekStartsOn: WeekOptions['weekStartsOn']
  /** The saved review of this week, if any: resume at its `step`. */
  review: WeeklyReview | null
  resumeAt: ReviewStep
  steps: {
    numbers: WeekInNumbers
    'new-people': NewPerson[]
    'going-cold': ColdRelationship[]
    overdue: OverdueFollowUp[]
    'give-and-take': OwedReferrer[]
    'next-week': UpcomingEvent[]
    reflection: Reflection
  }
}

export type ReviewOptions = WeekOptions & {
  now: Date
  /** Any day of the week to review (normalised to its first day); the current week when absent. */
  weekStart?: LocalDate
}

/** Reviews saved for weeks before `startDate`, newest first. */
function reviewsBefore(reviews: readonly WeeklyReview[], startDate: LocalDate): WeeklyReview[] {
  return reviews.filter((r) => r.weekStart < startDate).sort((a, b) => b.weekStart.localeCompare(a.weekStart))
}

/** The saved review of a week, found by any day of it. */
export function reviewOfWeek(reviews: readonly WeeklyReview[], week: Week): WeeklyReview | null {
  return reviews.find((r) => r.weekStart >= week.startDate && r.weekStart <= week.lastDate) ?? null
}

/**
 * Everything the guided review shows for one local week, step by step. The week's
 * figures look at that week; the lists (going cold, overdue, give and take) are the
 * state of the journal now, since that is what the user can act on.
 */
export function weeklyReview(journal: Journal, options: ReviewOptions, { index, rels }: Derived = derive(journal, options.now)): WeeklyReviewModel {
  const week = options.weekStart ? weekOfDate(options.weekStart, options) : weekBounds(options.now, options)
  const weeks = [...previousWeeks(week, COMPARE_WEEKS, options), week]
  const figures = figuresByWeek(journal, weeks, { now: options.now, timeZone: options.timeZone, relationships: rels })
  const review = reviewOfWeek(journal.reviews, week)
  const earlier = reviewsBefore(journal.reviews, week.startDate)
  const lastReview = earlier.find((r) => r.snapshot)
  const withIntentions = earlier.find((r) => r.intentions.trim())
  const nextWeek = followingWeek(week, options)

  return {
    week,
    nextWeek,
    timeZone: options.timeZone,
    weekStartsOn: options.weekStartsOn,
    review,
    resumeAt: review?.completedAt ? 'numbers' : (review?.step ?? REVIEW_STEPS[0]),
    steps: {
      numbers: {
        figures: figureRows(weeks, figures, lastReview?.snapshot),
        lastReview: lastReview && { id: lastReview.id, weekStart: lastReview.weekStart, completedAt: lastReview.completedAt },
      },
      'new-people': newPeople(journal, week, rels, options.timeZone),
      'going-cold': goingCold(journal, rels, index),
      overdue: overdueFollowUps(journal, options.now),
      'give-and-take': giveAndTake(journal),
      'next-week': eventsIn(journal, nextWeek),
      reflection: {
        wentWell: review?.wentWell ?? '',
        intentions: review?.intentions ?? '',
        completedAt: review?.completedAt,
        previousIntentions: withIntentions && { weekStart: withIntentions.weekStart, intentions: withIntentions.intentions },
      },
    },
  }
}

function figureRows(weeks: Week[], figures: WeekFigures[], lastSnapshot: Record<string, number> | undefined): FigureRow[] {
  return FIGURES.map(({ key, label, unit }) => {
    const series = weeks.map((week, i) => ({ weekStart: week.startDate, value: figures[i]![key] }))
    const previous = series.slice(0, -1).map((point) => point.value)
    return {
      key,
      label,
      unit,
      value: series[series.length - 1]!.value,
      previous,
      series,
      previousAverage: previous.length ? previous.reduce((a, b) => a + b, 0) / previous.length : 0,
      lastReviewed: lastSnapshot?.[key],
    }
  })
}

/** The figures to store with a saved review: this week's values by key. */
export function reviewSnapshot(model: WeeklyReviewModel): Record<FigureKey, number> {
  return Object.fromEntries(model.steps.numbers.figures.map((row) => [row.key, row.value])) as Record<FigureKey, number>
}
