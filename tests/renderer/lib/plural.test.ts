import { describe, expect, it } from 'vitest'
import { countOf } from '../../../renderer/src/lib/plural'
import { COUNT_LABELS } from '../../../renderer/src/lib/labels'

describe('counts in words', () => {
  it('says "1 weekly review" and "2 weekly reviews", "0 people" and "1 person"', () => {
    expect(countOf(1, ...COUNT_LABELS.reviews)).toBe('1 weekly review')
    expect(countOf(2, ...COUNT_LABELS.reviews)).toBe('2 weekly reviews')
    expect(countOf(0, ...COUNT_LABELS.people)).toBe('0 people')
    expect(countOf(1, ...COUNT_LABELS.people)).toBe('1 person')
    expect(countOf(12_500, 'event', 'events')).toBe(`${(12_500).toLocaleString()} events`)
  })
})
