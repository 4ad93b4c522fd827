import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNELS } from '../../../shared/api/channels'
import { contract } from '../../../shared/api/contract'
import { Journal, LIMITS, Name } from '../../../shared/domain'
import { findUnbounded, maxLengthOf } from './unbounded'

describe('every text field and list has a maximum', () => {
  it.each(CHANNELS.map((channel) => [channel]))('the input of %s is bounded everywhere', (channel) => {
    expect(findUnbounded(contract[channel].input, channel)).toEqual([])
  })

  it('every record stored in the journal is bounded everywhere', () => {
    expect(findUnbounded(Journal, 'journal')).toEqual([])
  })

  it('the walker itself notices what it is meant to notice', () => {
    const loose = z.object({
      name: z.string(),
      tags: z.array(z.string().max(5)).max(3),
      notes: z.array(z.string()).optional(),
      byTag: z.record(z.string().max(5), z.number()),
      blob: z.unknown(),
    })
    expect(findUnbounded(loose, 'x')).toEqual([
      'x.name (text without a maximum length)',
      'x.notes (list without a maximum number of items)',
      'x.notes[] (text without a maximum length)',
      'x.byTag (record without a maximum number of entries)',
      'x.blob (unknown: cannot tell whether it is bounded)',
    ])
  })

  it('a name is a name, not 5 MB', () => {
    expect(maxLengthOf(Name)).toBe(LIMITS.name)
    expect(Name.safeParse('x'.repeat(5 * 1024 * 1024)).success).toBe(false)
  })
})
