/** @vitest-environment node */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Counts the service's timeline derivations, passing each through to the real one.
const derivations = vi.hoisted(() => vi.fn())
vi.mock('../../../shared/derive/timeline', async (original) => {
  const real = await original<typeof import('../../../shared/derive/timeline')>()
  return { ...real, timelineModel: (...args: Parameters<typeof real.timelineModel>) => (derivations(), real.timelineModel(...args)) }
})
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { Channel } from '../../../shared/api/channels'
import { cheatSheet, peopleOverview, relationships, timelineModel, type TimelineModel } from '../../../shared/derive'
import { suggestedFollowUps } from '../../../shared/derive/followUps'
import { weeklyReview } from '../../../shared/derive/weeklyReview'
import type { SearchHit } from '../../../shared/search/searchIndex'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal

beforeEach(async () => {
  journal = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-views-')), 'journal.json'), { now: () => now, lock: false })
  await call('journal:loadSample', {})
})

const call = <T = never>(channel: Channel | string, input: unknown) => callThrough<T>(journal.handlers, channel, input)

describe('views kept per journal revision', () => {
  it('show a change on the very next call: the timeline, the people list and search', async () => {
    const before = await call<TimelineModel>('timeline:get', {})
    expect(await call<SearchHit[]>('search:query', { query: 'zanzibar' })).toEqual([])
    const [person] = await call<{ id: string }[]>('people:capture', {
      metOn: '2026-11-28',
      people: [{ name: 'Zanzibar Okafor', company: 'Spice Route Travel' }],
    })
    const after = await call<TimelineModel>('timeline:get', {})
    expect(after.lanes).toHaveLength(before.lanes.length + 1)
    expect(after.lanes.map((l) => l.name)).toContain('Zanzibar Okafor')
    expect((await call<SearchHit[]>('search:query', { query: 'zanzibar' }))[0]).toMatchObject({ id: person!.id })
    await call('people:update', { id: person!.id, patch: { name: 'Zara Okafor' } })
    // The person is found by the new name only; the "Met Zanzibar Okafor" conversation keeps its words.
    const people = async (query: string) => (await call<SearchHit[]>('search:query', { query })).filter((h) => h.kind === 'person')
    expect(await people('zanzibar')).toEqual([])
    expect((await people('zara'))[0]).toMatchObject({ id: person!.id })
    expect((await call<TimelineModel>('timeline:get', {})).lanes.map((l) => l.name)).toContain('Zara Okafor')
    await call('people:delete', { id: person!.id })
    expect(await people('zara okafor')).toEqual([])
    expect((await call<TimelineModel>('timeline:get', {})).lanes).toHaveLength(before.lanes.length)
  })

  it('answer each filter for itself', async () => {
    const all = await call<TimelineModel>('timeline:get', {})
    const cold = await call<TimelineModel>('timeline:get', { goingCold: true })
    expect(cold.lanes.length).toBeLessThan(all.lanes.length)
    expect(cold.lanes.every((l) => l.goingCold)).toBe(true)
    expect((await call<TimelineModel>('timeline:get', {})).lanes).toHaveLength(all.lanes.length)
  })
})

describe('views asked for while a save is still being written', () => {
  it('already include the change (no stale view paired with the new journal)', async () => {
    // A slow disk, once the journal is open: each write waits until the test lets it finish.
    const writes: Array<() => void> = []
    let hold = false
    const slow = await openJournal(join(mkdtempSync(join(tmpdir(), 'kith-slow-')), 'journal.json'), {
      now: () => now,
      lock: false,
      writeFile: () => (hold ? new Promise<void>((resolve) => writes.push(resolve)) : Promise.resolve()),
    })
    const ask = <T>(channel: Channel, input: unknown) => callThrough<T>(slow.handlers, channel, input)
    await ask<TimelineModel>('timeline:get', {})
    hold = true
    const saving = ask('people:create', { name: 'Mid Save' })
    // Waits for the write to start (a condition, not a time: the checks before a write take longer on a busy machine).
    while (writes.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    // The person is in memory but not yet on disk: the timeline must not fail, and must show them.
    const during = await ask<TimelineModel>('timeline:get', {})
    expect(during.lanes.map((l) => l.name)).toContain('Mid Save')
    while (writes.length) writes.shift()!()
    await saving
  })
})

describe('views kept up to date across changes', () => {
  const week = { timeZone: 'America/Chicago', weekStartsOn: 0 }
  /** Every view that starts from the shared index and relationships, as the service answers it and as derived from scratch. */
  async function bothWays() {
    const j = journal.store.journal
    const conference = j.events.find((e) => e.id === 'ev-conference')!
    return {
      service: {
        timeline: await call('timeline:get', {}),
        cold: await call('timeline:get', { goingCold: true }),
        people: await call('people:overview', {}),
        review: await call('review:summary', week),
        sheet: await call('cheatsheet:get', { eventId: conference.id }),
        suggested: await call('followups:suggested', { limit: 50 }),
      },
      scratch: JSON.parse(
        JSON.stringify({
          timeline: timelineModel(j, now),
          cold: timelineModel(j, now, { goingCold: true }),
          people: peopleOverview(j, relationships(j, now)),
          review: weeklyReview(j, { ...week, weekStartsOn: 0, now }),
          sheet: cheatSheet(j, conference, now),
          suggested: suggestedFollowUps(j, now, 50),
        }),
      ),
    }
  }

  it('equal the same views derived from scratch after every kind of change', async () => {
    const check = async (what: string) => {
      const { service, scratch } = await bothWays()
      expect(service, what).toEqual(scratch)
    }
    await check('the sample')
    const people = journal.store.journal.people
    const dana = people[0]!
    const other = people[5]!
    const conversation = await call<{ id: string }>('interactions:create', {
      date: '2026-11-29T10:00:00.000Z',
      kind: 'one-to-one',
      personIds: [dana.id, other.id],
      summary: 'One-to-one',
    })
    await check('a conversation with two people')
    await call('referrals:create', {
      date: '2026-11-28T10:00:00.000Z',
      direction: 'received',
      fromPersonId: other.id,
      about: 'A printer',
      status: 'closed',
      closedValue: 900,
    })
    await check('a closed referral received')
    await call('people:update', { id: dana.id, patch: { archived: true } })
    await check('a person archived')
    await call('settings:update', { patch: { defaultCadenceDays: 7 } })
    await check('the default cadence changed')
    await call('interactions:delete', { id: conversation.id })
    await check('a conversation deleted')
    const trashed = await call<{ id: string }>('people:delete', { id: other.id })
    await check('a person deleted')
    await call('trash:restore', { id: trashed.id })
    await check('the person restored')
    await call('people:merge', { keepId: people[7]!.id, mergeId: people[8]!.id })
    await check('two people merged')
    await call('people:capture', { metOn: '2026-11-29', people: [{ name: 'Ana Lima', followUpInDays: 3 }, { name: 'Bo Chen' }] })
    await check('two people captured')
  })

  it('are derived by the warm-up, so the first call of a window finds the timeline ready', async () => {
    derivations.mockClear()
    journal.warmUp()
    expect(derivations).toHaveBeenCalledTimes(1)
    const first = await call('timeline:get', {})
    expect(derivations).toHaveBeenCalledTimes(1)
    expect(first).toEqual(JSON.parse(JSON.stringify(timelineModel(journal.store.journal, now))))
  })
})
