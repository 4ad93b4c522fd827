import MiniSearch from 'minisearch'
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

/**
 * Full-text search over people (name, company, role, tags, non-private notes, what I
 * learned), events (title, venue, speaker) and conversations (summary), with prefix
 * and fuzzy matching so results come as the user types.
 */
export class JournalSearch {
  private readonly index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['title', 'company', 'text'],
    storeFields: ['kind', 'id', 'targetId', 'title', 'company'],
    // "Marín" is found by "marin": people type names without their accents.
    processTerm: (term) => term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase(),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : false), boost: { title: 3, company: 2 }, combineWith: 'AND' },
  })

  constructor(journal: Pick<Journal, 'people' | 'events' | 'interactions'>) {
    this.index.addAll(documents(journal))
  }

  search(query: string, limit = 20): SearchHit[] {
    const trimmed = query.trim()
    if (!trimmed) return []
    return this.index
      .search(trimmed)
      .slice(0, limit)
      .map((r) => ({ kind: r.kind, id: r.id, targetId: r.targetId, title: r.title, detail: r.company, score: r.score }))
  }
}

function documents(journal: Pick<Journal, 'people' | 'events' | 'interactions'>): Doc[] {
  const docs: Doc[] = []
  for (const p of journal.people) {
    const text = [p.role, p.industry, ...p.tags, ...p.notes.filter((n) => !n.private).map((n) => n.text), ...p.learned.map((l) => l.answer)].filter(Boolean).join(' ')
    docs.push({ key: `p:${p.id}`, kind: 'person', id: p.id, targetId: p.id, title: p.name, company: p.company, text })
  }
  for (const e of journal.events) {
    docs.push({ key: `e:${e.id}`, kind: 'event', id: e.id, targetId: e.id, title: e.title, company: e.venue, text: [e.featuredSpeaker, e.notes].filter(Boolean).join(' ') })
  }
  for (const i of journal.interactions) {
    docs.push({ key: `i:${i.id}`, kind: 'interaction', id: i.id, targetId: i.personIds[0]!, title: i.summary, text: i.notes })
  }
  return docs
}
