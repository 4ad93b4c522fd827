import { describe, expect, it } from 'vitest'
import { JournalSearch } from '../../../shared/search/searchIndex'
import { generateSampleJournal } from '../../../shared/sample/generate'

const journal = generateSampleJournal({ now: new Date('2026-11-29T12:00:00Z') })
const search = new JournalSearch(journal)

describe('search everywhere', () => {
  it('finds people by a prefix of their name as the user types', () => {
    expect(search.search('dan')[0]).toMatchObject({ kind: 'person', title: 'Dana Reyes' })
  })

  it('finds people by company and events by title', () => {
    expect(search.search('landscaping').map((h) => h.title)).toContain('Dana Reyes')
    expect(search.search('conference')[0]).toMatchObject({ kind: 'event', title: 'Midwest Growth Conference' })
  })

  it('finds what I learned, tolerating a typo', () => {
    expect(search.search('purdoe').map((h) => h.title)).toContain('Marcus Bell')
  })

  it('never finds a private note', () => {
    expect(search.search('divorce')).toEqual([])
  })

  it('finds accented names without the accent', () => {
    expect(search.search('marin')).toEqual(search.search('marín'))
    expect(search.search('marin').map((h) => h.title)).toContain('Sofia Marín')
  })

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([])
  })
})

describe('search kept up to date as the journal changes', () => {
  const fresh = () => structuredClone(journal)

  it('finds a renamed, an added and no longer a deleted record, like an index built from scratch', () => {
    const changing = fresh()
    const live = new JournalSearch(changing)
    const dana = changing.people.find((p) => p.name === 'Dana Reyes')!
    changing.people = changing.people.map((p) => (p.id === dana.id ? { ...p, name: 'Dana Quillfeather' } : p))
    changing.events = changing.events.slice(1)
    changing.interactions = [...changing.interactions, { ...changing.interactions[0]!, id: 'talk-new', summary: 'Talked about zeppelins' }]
    live.update(changing)
    const rebuilt = new JournalSearch(changing)
    // The same records are found (scores may differ by a hair: deleted records leave statistics until a vacuum).
    const found = (index: JournalSearch, query: string) =>
      index
        .search(query, 1_000)
        .map((h) => h.id)
        .sort()
    for (const query of ['quillfeather', 'reyes', 'zeppelins', journal.events[0]!.title, 'conference', 'dan']) {
      expect(found(live, query)).toEqual(found(rebuilt, query))
    }
    expect(live.search('quillfeather')[0]).toMatchObject({ id: dana.id })
    expect(live.search('zeppelins')[0]).toMatchObject({ kind: 'interaction', id: 'talk-new' })
  })

  it('drops a deleted record even when another was added in its place before the next search', () => {
    const changing = fresh()
    const live = new JournalSearch(changing)
    const gone = changing.people[0]!
    changing.people = [...changing.people.slice(1), { ...gone, id: 'someone-new', name: 'Ottilie Brandt' }]
    live.update(changing)
    expect(live.search(gone.name).map((h) => h.id)).not.toContain(gone.id)
    expect(live.search('ottilie')[0]).toMatchObject({ id: 'someone-new' })
  })
})

describe('the first letters typed', () => {
  it('show people and events whose name has a word starting with them', () => {
    const hits = search.search('d')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.kind).not.toBe('interaction')
      expect(
        hit.title
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith('d')),
      ).toBe(true)
    }
    expect(search.search('da').map((h) => h.title)).toContain('Dana Reyes')
  })

  it('narrow by a short last word while it is still being typed', () => {
    const hits = search.search('dana r')
    expect(hits.map((h) => h.title)).toContain('Dana Reyes')
    expect(hits.every((h) => /(^|\s)r/i.test(`${h.title} ${h.detail ?? ''}`))).toBe(true)
  })
})
