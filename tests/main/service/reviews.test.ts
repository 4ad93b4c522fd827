/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { Channel } from '../../../shared/api/channels'
import type { WeeklyReview } from '../../../shared/domain'
import type { ReviewHistory, WeeklyReviewModel } from '../../../shared/derive/weeklyReview'
import { callThrough } from '../../support/callThrough'

let now = new Date('2026-11-27T16:00:00Z')
const CHICAGO = { timeZone: 'America/Chicago', weekStartsOn: 0 }
let journal: OpenJournal
let path: string

beforeEach(async () => {
  now = new Date('2026-11-27T16:00:00Z')
  path = join(mkdtempSync(join(tmpdir(), 'kith-reviews-')), 'journal.json')
  let id = 0
  journal = await openJournal(path, { now: () => now, newId: () => `id-${++id}`, lock: false })
  await call('journal:loadSample', {})
})

const onDisk = () => JSON.parse(readFileSync(path, 'utf8'))
const call = <T = never>(channel: Channel, input: unknown) => callThrough<T>(journal.handlers, channel, input)

describe('the weekly review calls', () => {
  it('review:summary computes the week in the zone and first weekday the renderer sends', async () => {
    const summary = await call<WeeklyReviewModel>('review:summary', CHICAGO)
    expect(summary.week).toMatchObject({ startDate: '2026-11-22', start: '2026-11-22T06:00:00.000Z' })
    expect(summary.steps['next-week'].map((e) => e.eventId)).toEqual(['ev-conference'])
    const berlinMondays = await call<WeeklyReviewModel>('review:summary', { timeZone: 'Europe/Berlin', weekStartsOn: 1, weekStart: '2026-11-18' })
    expect(berlinMondays.week).toMatchObject({ startDate: '2026-11-16', start: '2026-11-15T23:00:00.000Z' })
  })

  it('falls back to this machine’s zone and locale when none is sent', async () => {
    const summary = await call<WeeklyReviewModel>('review:summary', {})
    expect(summary.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
    expect(summary.steps.numbers.figures).toHaveLength(9)
  })

  it('refuses an unknown time zone with a readable message', async () => {
    await expect(call('review:summary', { timeZone: 'Mars/Olympus' })).rejects.toThrow(/time zone name such as Europe\/Berlin/)
  })

  it('saves a review in progress, resumes it, then completes it with a frozen snapshot', async () => {
    const draft = await call<WeeklyReview>('reviews:save', { ...CHICAGO, weekStart: '2026-11-22', step: 'going-cold', wentWell: 'Two coffees' })
    expect(draft).toMatchObject({
      weekStart: '2026-11-22',
      step: 'going-cold',
      wentWell: 'Two coffees',
      intentions: '',
      completedAt: undefined,
      timeZone: 'America/Chicago',
    })
    expect(draft.snapshot?.followUpsMissed).toBe(1)

    const resumed = await call<WeeklyReviewModel>('review:summary', CHICAGO)
    expect(resumed.resumeAt).toBe('going-cold')
    expect(resumed.steps.reflection.wentWell).toBe('Two coffees')

    // Any day of the week finds the same review; fields not sent are kept.
    const done = await call<WeeklyReview>('reviews:save', {
      ...CHICAGO,
      weekStart: '2026-11-25',
      intentions: 'Two one-to-ones',
      step: 'reflection',
      complete: true,
    })
    expect(done).toMatchObject({
      id: draft.id,
      weekStart: '2026-11-22',
      wentWell: 'Two coffees',
      intentions: 'Two one-to-ones',
      completedAt: now.toISOString(),
    })
    expect(onDisk().reviews).toEqual([done])

    // Later activity in that week no longer changes what the review recorded.
    await call('interactions:create', { date: '2026-11-23T15:00:00Z', kind: 'call', personIds: ['p-sofia-marin'], summary: 'Caught up' })
    now = new Date('2026-11-28T10:00:00Z')
    const edited = await call<WeeklyReview>('reviews:save', { ...CHICAGO, weekStart: '2026-11-22', wentWell: 'Two coffees and a call' })
    expect(edited.snapshot).toEqual(done.snapshot)
    expect(edited.completedAt).toBe(done.completedAt)
    const live = await call<WeeklyReviewModel>('review:summary', CHICAGO)
    expect(live.steps.numbers.figures.find((f) => f.key === 'conversations')!.value).toBe(done.snapshot!.conversations! + 1)
  })

  it('lists reviews newest first, gets one by id, and shows them in the history with the streak', async () => {
    const earlier = await call<WeeklyReview>('reviews:save', { ...CHICAGO, weekStart: '2026-11-15', complete: true })
    const latest = await call<WeeklyReview>('reviews:save', { ...CHICAGO, weekStart: '2026-11-22', complete: true })
    expect((await call<WeeklyReview[]>('reviews:list', {})).map((r) => r.id)).toEqual([latest.id, earlier.id])
    expect(await call<WeeklyReview>('reviews:get', { id: earlier.id })).toEqual(earlier)
    await expect(call('reviews:get', { id: 'nope' })).rejects.toThrow(/No weekly review with id "nope"/)

    const history = await call<ReviewHistory>('reviews:history', CHICAGO)
    expect(history.streak).toEqual({ weeks: 2, through: '2026-11-22' })
    expect(history.reviews.map((r) => r.weekStart)).toEqual(['2026-11-22', '2026-11-15'])
    expect(history.sixMonths.weeks.at(-1)).toMatchObject({ weekStart: '2026-11-22', reviewed: true })
  })

  it('will not review a week that has not started', async () => {
    await expect(call('reviews:save', { ...CHICAGO, weekStart: '2026-11-29' })).rejects.toThrow(/has not started yet/)
    expect(onDisk().reviews).toEqual([])
  })
})
