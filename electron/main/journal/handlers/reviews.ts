import { WeeklyReview } from '../../../../shared/domain'
import {
  reviewHistory,
  reviewSnapshot,
  weekBounds,
  weeklyReview,
  weekStartDate,
  weekStartsOnForLocale,
  type WeekOptions,
  type Weekday,
} from '../../../../shared/derive/weeklyReview'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import { find, putRecord } from './records'
import type { DomainHandlers } from './registry'

type WeekChoice = { timeZone?: string; weekStartsOn?: number }

/**
 * The renderer sends the zone and first weekday of the user's locale; without them the
 * review uses this machine's, which is the same person's computer.
 */
function weekOptions(choice: WeekChoice): WeekOptions {
  const system = Intl.DateTimeFormat().resolvedOptions()
  return {
    timeZone: choice.timeZone ?? system.timeZone,
    weekStartsOn: (choice.weekStartsOn ?? weekStartsOnForLocale(system.locale)) as Weekday,
  }
}

/** The weekly review's calls: its figures are computed here from the journal, never sent by the renderer. */
export function reviewHandlers({ store, journal: j, now, newId, derived }: ServiceContext): DomainHandlers<'reviews' | 'review'> {
  return {
    'reviews:list': () => [...j().reviews].sort((a, b) => b.weekStart.localeCompare(a.weekStart)),
    'reviews:get': ({ id }) => find(j().reviews, id, 'weekly review'),
    'reviews:history': (choice) => reviewHistory(j(), { ...weekOptions(choice), now: now() }, derived()),
    'review:summary': ({ weekStart, ...choice }) => weeklyReview(j(), { ...weekOptions(choice), now: now(), weekStart }, derived()),

    'reviews:save': async ({ weekStart, wentWell, intentions, step, complete, ...choice }) => {
      const options = weekOptions(choice)
      const at = now()
      if (weekStartDate(weekStart, options.weekStartsOn) > weekBounds(at, options).startDate) {
        throw new ServiceError(`The week of ${weekStart} has not started yet: a review looks back on a week that has begun.`)
      }
      const model = weeklyReview(j(), { ...options, now: at, weekStart }, derived())
      const existing = model.review
      const stamp = at.toISOString()
      const completedAt = existing?.completedAt ?? (complete ? stamp : undefined)
      const record = WeeklyReview.parse({
        ...(existing ?? { id: newId(), createdAt: stamp }),
        weekStart: model.week.startDate,
        updatedAt: stamp,
        wentWell: wentWell ?? existing?.wentWell ?? '',
        intentions: intentions ?? existing?.intentions ?? '',
        step: step ?? existing?.step,
        completedAt,
        // Once completed the figures are frozen, so history shows the week as it was reviewed.
        snapshot: existing?.completedAt && existing.snapshot ? existing.snapshot : reviewSnapshot(model),
        timeZone: options.timeZone,
      })
      await store.mutate((journal) => putRecord(journal, 'reviews', record))
      return record
    },
  }
}
