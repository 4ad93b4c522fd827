import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { packTimeline, type PackedTimeline } from '../../../shared/api/packedTimeline'
import type { Lane, TimelineModel } from '../../../shared/derive/timeline'
import { TimelinePage } from '../../../renderer/src/pages/TimelinePage'
import { fakeKith, renderWithKith } from '../fakeKith'
import { at, withViewport } from './helpers'

vi.setConfig({ testTimeout: 20_000 })

withViewport()

const lane = (i: number): Lane => ({
  personId: `p-${i}`,
  name: `Person ${i}`,
  tags: [],
  start: '2025-01-10T12:00:00.000Z',
  stage: 'met',
  // The only lane going cold is far below the first screenful.
  goingCold: i === 1100,
  lastContact: at,
  markers: [{ stage: 'met', at: '2025-01-10T12:00:00.000Z', label: 'Met' }],
})
const model: TimelineModel = { lanes: Array.from({ length: 1200 }, (_, i) => lane(i)), start: '2024-06-01T12:00:00.000Z', end: at }

/** A journal whose timeline answers (the first screenful, the whole) only when the test says so. */
function slowTimeline() {
  const waiting: { head?: () => void; whole?: () => void } = {}
  const kith = fakeKith({
    'journal:status': () => ({ counts: { people: 1200 } }),
    'timeline:packed': (input) => {
      const { firstLanes } = input as { firstLanes?: number }
      return new Promise<PackedTimeline>((resolve) => (waiting[firstLanes ? 'head' : 'whole'] = () => resolve(packTimeline(model, firstLanes))))
    },
  })
  const send = (part: 'head' | 'whole') => act(async () => waiting[part]!())
  return { kith, sendHead: () => send('head'), sendWhole: () => send('whole') }
}

describe('the timeline’s first screenful', () => {
  it('draws the first lanes with the whole count, then the whole list in place without moving what is on screen', async () => {
    const { kith, sendHead, sendWhole } = slowTimeline()
    renderWithKith(<TimelinePage />, kith)
    // The whole timeline is not asked for until the first screenful is drawn: it would hold it up.
    await act(async () => {})
    expect(kith.callsTo('timeline:packed')).toEqual([{ firstLanes: 60 }])

    await sendHead()
    const first = screen.getByRole('link', { name: 'Person 0' })
    expect(screen.getByText('1,200 lanes')).toBeTruthy()
    expect(screen.getByLabelText('Network timeline, 1200 relationships')).toBeTruthy()
    expect(kith.callsTo('timeline:packed')).toEqual([{ firstLanes: 60 }, {}])
    // Keyboard focus on a lane survives the whole list's arrival.
    first.focus()

    await sendWhole()
    expect(screen.getByText('1,200 lanes')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Person 0' })).toBe(first)
    expect(document.activeElement).toBe(first)

    // A change asks for the whole list again; the list on screen stays, no first screenful is asked for.
    await act(async () => kith.push({ type: 'journal:changed' }))
    await sendWhole()
    expect(kith.callsTo('timeline:packed')).toEqual([{ firstLanes: 60 }, {}, {}])
    expect(screen.getByRole('link', { name: 'Person 0' })).toBe(first)
  })

  it('does not say "nobody matches" for a filter tried before the whole list is here', async () => {
    const { kith, sendHead, sendWhole } = slowTimeline()
    renderWithKith(<TimelinePage />, kith)
    await sendHead()
    expect(screen.getByText('1,200 lanes')).toBeTruthy()

    await userEvent.click(screen.getByRole('switch', { name: 'Going cold' }))
    expect(screen.getByText('Counting lanes…')).toBeTruthy()
    expect(screen.getByLabelText('Loading')).toBeTruthy()
    expect(screen.queryByText(/Nobody matches these filters/)).toBeNull()

    await sendWhole()
    expect(screen.getByText('1 lane')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Person 1100' })).toBeTruthy()
  })
})
