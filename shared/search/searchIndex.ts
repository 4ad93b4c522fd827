import MiniSearch, { type Options } from 'minisearch'
import type { Journal } from '../domain'

export type SearchHit = {
  kind: 'person' | 'event' | 'interaction'
  id: string
  /** The person or event to open for this hit. */
  targetId: string
  title: string
  detail?: string
  score: number
}

type Doc = { key: string; kind: SearchHit['kind']; id: string; targetId: string; title: string; company?: string; text?: string }
type Searchable = Pick<Journal, 'people' | 'events' | 'interactions'>
type Indexed = Searchable['people'][number] | Searchable['events'][number] | Searchable['interactions'][number]

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/** Query words up to this long are matched against names only (see `search`). */
const SHORT = 2
const fold = (term: string) =>
  term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

const OPTIONS: Options<Doc> = {
  idField: 'key',
  fields: ['title', 'company', 'text'],
  storeFields: ['kind', 'id', 'targetId', 'title', 'company'],
  // "Marín" is found by "marin": people type names without their accents.
  processTerm: fold,
  // Typos are forgiven from five letters on: a fuzzy four-letter word ("land" ~ "and", "hand", "lane") matches half the journal.
  searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), boost: { title: 3, company: 2 }, combineWith: 'AND' },
}

/**
 * Full-text search over people (name, company, role, tags, non-private notes, what I
 * learned), events (title, venue, speaker) and conversations (summary), with prefix
 * and fuzzy matching so results come as the user types.
 *
 * The index is kept up to date by `update(journal)`, which re-indexes only the records
 * whose object changed (the store replaces a record to change it, never edits it in
 * place), so a change in a 50,000-conversation journal costs one record, not a rebuild.
 */
export class JournalSearch {
  private readonly index = new MiniSearch<Doc>(OPTIONS)
  /**
   * People and events by name only. A one- or two-letter prefix matches much of the full index
   * (every conversation with a word starting with "d"); this small one answers it in a millisecond.
   */
  private readonly names = new MiniSearch<Doc>({ ...OPTIONS, fields: ['title'] })
  /** The record object last indexed under each id; a different object means the record changed. */
  private readonly indexed: Record<Doc['kind'], Map<string, Indexed>> = { person: new Map(), event: new Map(), interaction: new Map() }

  constructor(journal: Searchable) {
    this.update(journal)
  }

  /** Brings the index in line with `journal`: adds new records, re-indexes replaced ones, drops deleted ones. */
  update(journal: Searchable): void {
    this.sync('person', journal.people, personDoc)
    this.sync('event', journal.events, eventDoc)
    this.sync('interaction', journal.interactions, interactionDoc)
  }

  search(query: string, limit = 20): SearchHit[] {
    const trimmed = query.trim()
    if (!trimmed) return []
    const terms = tokenize(trimmed).filter(Boolean)
    const last = terms[terms.length - 1] ?? ''
    let results
    if (terms.length <= 1 && last.length <= SHORT) {
      // "d" or "da" would expand to a third of the full index (every "Caught up..." conversation).
      results = this.names.search(trimmed, { prefix: true, fuzzy: false })
    } else if (last.length <= SHORT) {
      // A short last word is still being typed: it narrows by the start of a word in the hit's name or company.
      const start = fold(last)
      const startsAWord = (text: unknown) => {
        if (typeof text !== 'string') return false
        const folded = fold(text)
        return folded.includes(start) && tokenize(folded).some((word) => word.startsWith(start))
      }
      results = this.index.search(terms.slice(0, -1).join(' '), { filter: (r) => startsAWord(r.title) || startsAWord(r.company) })
    } else {
      // Typos are forgiven only when the words as typed find too little: fuzzy matching over
      // 57,000 records costs several times more, and a word that matches needs no forgiving.
      results = this.index.search(trimmed, { fuzzy: false })
      if (results.length < limit) results = this.index.search(trimmed)
    }
    return results.slice(0, limit).map((r) => ({
      kind: r.kind,
      id: r.id,
      targetId: r.targetId,
      title: r.title,
      detail: r.kind === 'interaction' ? this.withWhom(r.id) : r.company,
      score: r.score,
    }))
  }

  /** A conversation found by what was said: "with Dana Reyes, Sam Ortiz" says whose it is. */
  private withWhom(interactionId: string): string | undefined {
    const interaction = this.indexed.interaction.get(interactionId) as Searchable['interactions'][number] | undefined
    if (!interaction) return undefined
    const names = interaction.personIds.map((id) => (this.indexed.person.get(id) as Searchable['people'][number] | undefined)?.name).filter(Boolean)
    if (names.length === 0) return undefined
    const shown = names.slice(0, 3).join(', ')
    return `with ${names.length > 3 ? `${shown} and ${names.length - 3} more` : shown}`
  }

  private sync<T extends Indexed>(kind: Doc['kind'], records: T[], toDoc: (record: T) => Doc): void {
    const indexed = this.indexed[kind]
    const before = indexed.size
    let kept = 0
    for (const record of records) {
      const previous = indexed.get(record.id)
      if (previous !== undefined) kept++
      if (previous === record) continue
      const doc = toDoc(record)
      if (previous !== undefined) this.drop(kind, record.id)
      this.index.add(doc)
      if (kind !== 'interaction') this.names.add(doc)
      indexed.set(record.id, record)
    }
    // Fewer of the old records came back than were indexed: some were deleted.
    if (kept < before) {
      const ids = new Set(records.map((r) => r.id))
      for (const id of [...indexed.keys()]) if (!ids.has(id)) this.drop(kind, id)
    }
  }

  private drop(kind: Doc['kind'], id: string): void {
    const key = `${kind[0]}:${id}`
    this.index.discard(key)
    if (kind !== 'interaction') this.names.discard(key)
    this.indexed[kind].delete(id)
  }
}

function personDoc(p: Searchable['people'][number]): Doc {
  const text = [p.role, p.industry, ...p.tags, ...p.notes.filter((n) => !n.private).map((n) => n.text), ...p.learned.map((l) => l.answer)]
    .filter(Boolean)
    .join(' ')
  return { key: `p:${p.id}`, kind: 'person', id: p.id, targetId: p.id, title: p.name, company: p.company, text }
}

function eventDoc(e: Searchable['events'][number]): Doc {
  return {
    key: `e:${e.id}`,
    kind: 'event',
    id: e.id,
    targetId: e.id,
    title: e.title,
    company: e.venue,
    text: [e.featuredSpeaker, e.notes].filter(Boolean).join(' '),
  }
}

function interactionDoc(i: Searchable['interactions'][number]): Doc {
  return { key: `i:${i.id}`, kind: 'interaction', id: i.id, targetId: i.personIds[0]!, title: i.summary, text: i.notes }
}
