import type { Journal } from '../shared/domain'
import { relationships, timelineModel } from '../shared/derive'
import { JournalSearch } from '../shared/search/searchIndex'
import { summarise, time, type Timing } from './measure'
import { performance } from 'node:perf_hooks'

/** What a user types into Ctrl+K, one keystroke at a time. */
const TYPED = ['Dana', 'landscaping', 'conference', 'Garcia 12', 'purdue', 'coffee', 'Summit Realty']

export async function searchFigures(journal: Journal): Promise<{ build: Timing; update: Timing; keystroke: Timing }> {
  const build = await time(3, () => new JournalSearch(journal))
  // What a user waits for after adding or editing one person: the index catches up with that one record.
  const live = new JournalSearch(journal)
  let n = 0
  const update = await time(9, () => {
    const changed = { ...journal, people: journal.people.map((p, i) => (i === 0 ? { ...p, name: `Renamed ${n++}` } : p)) }
    live.update(changed)
  })
  const search = new JournalSearch(journal)
  const samples: number[] = []
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) {
      const start = performance.now()
      search.search(word.slice(0, i))
      samples.push(performance.now() - start)
    }
  }
  return { build, update, keystroke: summarise(samples) }
}

export async function derivationFigures(journal: Journal, now: Date, runs: number): Promise<Record<string, Timing>> {
  return {
    relationships: await time(runs, () => relationships(journal, now)),
    'timeline model': await time(runs, () => timelineModel(journal, now)),
  }
}
