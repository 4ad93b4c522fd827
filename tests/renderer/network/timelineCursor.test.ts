import { describe, expect, it } from 'vitest'
import type { Lane } from '../../../shared/derive/timeline'
import { moveCursor } from '../../../renderer/src/components/network/useTimelineCursor'

/** Lanes with 2, 0 and 4 markers: only the marker count matters to the cursor. */
const lanes = [2, 0, 4].map((count, i) => ({ personId: `p${i}`, markers: Array.from({ length: count }, () => ({})) })) as unknown as Lane[]

// [why, from lane, from stop, key, Ctrl held, to lane, to stop]: stop 0 is the name, 1… the markers.
const MOVES: [string, number, number, string, boolean, number, number][] = [
  ['right, from the name to the first marker', 0, 0, 'ArrowRight', false, 0, 1],
  ['right, stopping at the last marker', 0, 2, 'ArrowRight', false, 0, 2],
  ['left, stopping at the name', 0, 0, 'ArrowLeft', false, 0, 0],
  ['End: the lane’s last marker', 2, 1, 'End', false, 2, 4],
  ['Home: the lane’s name', 2, 3, 'Home', false, 2, 0],
  ['down to a lane without markers: its name', 0, 2, 'ArrowDown', false, 1, 0],
  ['down from a lane without markers', 1, 0, 'ArrowDown', false, 2, 0],
  ['up to a shorter lane: its nearest stop', 2, 4, 'ArrowUp', false, 1, 0],
  ['down, stopping at the last lane', 2, 0, 'ArrowDown', false, 2, 0],
  ['Page Down, stopping at the last lane', 0, 0, 'PageDown', false, 2, 0],
  ['Page Up, stopping at the first lane', 2, 0, 'PageUp', false, 0, 0],
  ['Ctrl+End: the last lane’s last marker', 1, 0, 'End', true, 2, 4],
  ['Ctrl+Home: the first lane’s name', 2, 3, 'Home', true, 0, 0],
]

describe('the timeline keyboard cursor', () => {
  it.each(MOVES)('moves %s', (_why, lane, item, key, ctrl, toLane, toItem) => {
    expect(moveCursor(lanes, { lane, item }, key, ctrl)).toEqual({ lane: toLane, item: toItem })
  })

  it('leaves every other key to the page (Tab, Enter, letters, space)', () => {
    for (const key of ['Tab', 'Enter', 'a', ' ']) expect(moveCursor(lanes, { lane: 0, item: 0 }, key, false)).toBeUndefined()
  })
})
