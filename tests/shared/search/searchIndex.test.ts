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
