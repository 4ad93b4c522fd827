import { describe, expect, it } from 'vitest'
import type { Lane } from '../../../shared/derive/timeline'
import { moveCursor } from '../../../renderer/src/components/network/useTimelineCursor'

/** Lanes with 2, 0 and 4 markers: only the marker count matters to the cursor. */
const lanes = [2, 0, 4].map((count, i) => ({ personId: `p${i}`, markers: Array.from({ length: count }, () => ({})) })) as unknown as Lane[]
const move = (lane: number, item: number, key: string, ctrl = false) => moveCursor(lanes, { lane, item }, key, ctrl)

describe('the timeline keyboard cursor', () => {
  it('moves along a lane from the name (0) to its last marker, and stops at both ends', () => {
    expect(move(0, 0, 'ArrowRight')).toEqual({ lane: 0, item: 1 })
    expect(move(0, 2, 'ArrowRight')).toEqual({ lane: 0, item: 2 })
    expect(move(0, 0, 'ArrowLeft')).toEqual({ lane: 0, item: 0 })
    expect(move(2, 1, 'End')).toEqual({ lane: 2, item: 4 })
    expect(move(2, 3, 'Home')).toEqual({ lane: 2, item: 0 })
  })

  it('moves between lanes, landing on the nearest stop a shorter lane has', () => {
    expect(move(0, 2, 'ArrowDown')).toEqual({ lane: 1, item: 0 })
    expect(move(1, 0, 'ArrowDown')).toEqual({ lane: 2, item: 0 })
    expect(move(2, 4, 'ArrowUp')).toEqual({ lane: 1, item: 0 })
    expect(move(2, 0, 'ArrowDown')).toEqual({ lane: 2, item: 0 })
    expect(move(0, 0, 'PageDown')).toEqual({ lane: 2, item: 0 })
    expect(move(2, 0, 'PageUp')).toEqual({ lane: 0, item: 0 })
  })

  it('goes to the first and last lane with Ctrl+Home and Ctrl+End', () => {
    expect(move(1, 0, 'End', true)).toEqual({ lane: 2, item: 4 })
    expect(move(2, 3, 'Home', true)).toEqual({ lane: 0, item: 0 })
  })

  it('leaves every other key to the page (Tab, Enter, letters)', () => {
    for (const key of ['Tab', 'Enter', 'a', ' ']) expect(move(0, 0, key)).toBeUndefined()
  })
})
