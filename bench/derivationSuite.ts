import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Journal, NetworkEvent } from '../shared/domain'
import { cheatSheet, timelineModel } from '../shared/derive'
import { dueFollowUps, groupFollowUps, overdueOrDue, pendingFollowUps, suggestedFollowUps } from '../shared/derive/followUps'
import { weeklyReview } from '../shared/derive/weeklyReview'
import { JournalSearch } from '../shared/search/searchIndex'
import { openJournal } from '../electron/main/journal/openJournal'
import { summarise, time, type Timing } from './measure'

/** What a user types into Ctrl+K, one keystroke at a time. */
const TYPED = ['Dana', 'landscaping', 'conference', 'Garcia 12', 'purdue', 'coffee', 'Summit Realty']

/** A big conference: 300 of the people in the journal are expected there (the sample's own lists a dozen). */
const BIG_EVENT_ID = 'bench-big-conference'
const BIG_EVENT_ATTENDEES = 300
/** The weekly review as a user in Chicago with Sunday-first weeks would ask for it. */
const WEEK = { timeZone: 'America/Chicago', weekStartsOn: 0 as const }

export async function searchFigures(journal: Journal, runs: number): Promise<{ build: Timing; update: Timing; keystroke: Timing }> {
  // Building takes a second at the large size: a few builds are enough, and the last one is searched.
  let search = new JournalSearch(journal)
  const build = await time(Math.min(runs, 3), () => (search = new JournalSearch(journal)))
  // Each keystroke's query three times, its median kept: one preemption by another process on a
  // shared machine is not what a user of this query waits for.
  const samples: number[] = []
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) {
      const tries: number[] = []
      for (let n = 0; n < 3; n++) {
        const start = performance.now()
        search.search(word.slice(0, i))
        tries.push(performance.now() - start)
      }
      samples.push(tries.sort((a, b) => a - b)[1]!)
    }
  }
  // What a user waits for after adding or editing one person: the index catches up with that one record.
  let n = 0
  const update = await time(9, () => {
    const changed = { ...journal, people: journal.people.map((p, i) => (i === 0 ? { ...p, name: `Renamed ${n++}` } : p)) }
    search.update(changed)
  })
  return { build, update, keystroke: summarise(samples) }
}

/** The journal with the big conference added. */
export function withBigEvent(journal: Journal): Journal {
  const conference = journal.events.find((e) => e.id === 'ev-conference')!
  const big: NetworkEvent = {
    ...conference,
    id: BIG_EVENT_ID,
    title: 'Big regional expo',
    expectedAttendeeIds: journal.people.slice(0, BIG_EVENT_ATTENDEES).map((p) => p.id),
  }
  return { ...journal, events: [...journal.events, big] }
}

export type DerivationFigures = { afterChange: Record<string, Timing>; fromScratch: Record<string, Timing> }

/**
 * Each derivation the issue names (timeline, weekly review, cheat sheet, due follow-ups) plus
 * the people list and keep-in-touch suggestions, two ways:
 * - after one change, through the journal service as the window asks for it (the timeline in the
 *   compact form the renderer loads, so packing it is counted too): the main process
 *   keeps the shared index and relationships up to date, so this is what a user waits for after
 *   every edit;
 * - from scratch, as pure functions over the journal: what the first call after opening costs.
 */
export async function derivationFigures(source: Journal, now: Date, runs: number): Promise<DerivationFigures> {
  const journal = withBigEvent(source)
  const fromScratch = {
    'timeline model': await time(runs, () => timelineModel(journal, now)),
    'weekly review': await time(runs, () => weeklyReview(journal, { ...WEEK, now })),
    'cheat sheet (300 attendees)': await time(runs, () => cheatSheet(journal, journal.events.at(-1)!, now)),
    'due follow-ups': await time(runs, () => dueFollowUpsNow(journal, now)),
    'keep-in-touch suggestions': await time(runs, () => suggestedFollowUps(journal, now, 20)),
  }

  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-derive-'))
  const path = join(dir, 'journal.json')
  writeFileSync(path, JSON.stringify(journal))
  const { store, handlers } = await openJournal(path, { now: () => now })
  try {
    const person = journal.people[0]!
    let n = 0
    // Alternately log a conversation with someone and edit someone: one change each, as a user makes them.
    const change = async () => {
      n++
      if (n % 2)
        await handlers['interactions:create']({
          kind: 'coffee',
          date: now.toISOString(),
          personIds: [journal.people[(n * 37) % journal.people.length]!.id],
          summary: `Coffee ${n}`,
        })
      else await handlers['people:update']({ id: person.id, patch: { role: `Role ${n}` } })
    }
    const afterOneChange = async (call: () => unknown) => {
      await call()
      const samples: number[] = []
      for (let i = 0; i < runs; i++) {
        await change()
        const start = performance.now()
        await call()
        samples.push(performance.now() - start)
      }
      return summarise(samples)
    }
    const afterChange = {
      'timeline model': await afterOneChange(() => handlers['timeline:packed']({})),
      'weekly review': await afterOneChange(() => handlers['review:summary']({ ...WEEK })),
      'cheat sheet (300 attendees)': await afterOneChange(() => handlers['cheatsheet:get']({ eventId: BIG_EVENT_ID })),
      'due follow-ups': await afterOneChange(() => dueFollowUpsNow(store.journal, now)),
      'keep-in-touch suggestions': await afterOneChange(() => handlers['followups:suggested']({ limit: 20 })),
      'people list': await afterOneChange(() => handlers['people:overview']({})),
    }
    return { afterChange, fromScratch }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What the reminder scheduler, the tray and the follow-ups page compute from the journal after a change. */
function dueFollowUpsNow(journal: Journal, now: Date) {
  return { notify: dueFollowUps(journal, now), tray: overdueOrDue(journal, now), page: groupFollowUps(pendingFollowUps(journal), now, WEEK) }
}
