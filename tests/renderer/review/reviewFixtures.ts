import { generateSampleJournal } from '../../../shared/sample/generate'
import { emptyJournal, type Journal } from '../../../shared/domain'
import { weeklyReview, type WeeklyReviewModel } from '../../../shared/derive/weeklyReview'
import type { ReviewStep } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

/** A Friday afternoon: the week of Sunday Nov 22, 2026 is nearly over. */
export const NOW = new Date('2026-11-27T15:00:00.000Z')
export const WEEK = { timeZone: 'UTC', weekStartsOn: 0 } as const

/** The real review model of a journal, as `review:summary` would answer. */
export function modelOf(journal: Journal, resumeAt?: ReviewStep): WeeklyReviewModel {
  const model = weeklyReview(journal, { ...WEEK, now: NOW })
  return resumeAt ? { ...model, resumeAt } : model
}

/** The sample journal, with one person met this week so every step has something in it. */
export function busyJournal(): Journal {
  const journal = generateSampleJournal({ now: NOW })
  journal.people.push(personWith({ id: 'p-rosa', name: 'Rosa Alvarez', company: 'Alvarez Bakery', howWeMet: { date: '2026-11-24' } }, NOW.toISOString()))
  return journal
}

export const empty = () => emptyJournal(NOW)
