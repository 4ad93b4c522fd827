import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { PersonRow } from '../../../shared/derive/peopleOverview'
import { packTimeline } from '../../../shared/api/packedTimeline'
import type { Lane, TimelineModel } from '../../../shared/derive/timeline'
import { NetworkTimeline } from '../../../renderer/src/components/network/NetworkTimeline'
import { PeoplePage } from '../../../renderer/src/pages/PeoplePage'
import { TimelinePage } from '../../../renderer/src/pages/TimelinePage'
import { personWith } from '../../support/journalBuilder'
import { fakeKith, renderWithKith } from '../fakeKith'
import { at, withViewport } from './helpers'

vi.setConfig({ testTimeout: 20_000 })

withViewport()

function lane(i: number, extra: Partial<Lane> = {}): Lane {
  return {
    personId: `p-${i}`,
    name: `Person ${i}`,
    tags: i % 2 ? ['leads-group'] : [],
    start: '2025-01-10T12:00:00.000Z',
    stage: 'met',
    goingCold: false,
    lastContact: at,
    markers: [{ stage: 'met', at: '2025-01-10T12:00:00.000Z', label: 'Met' }],
    ...extra,
  }
}
const model = (count: number): TimelineModel => ({ lanes: Array.from({ length: count }, (_, i) => lane(i)), start: '2025-01-10T12:00:00.000Z', end: at })

function row(i: number): PersonRow {
  return {
    id: `p-${i}`,
    name: `Person ${i}`,
    tags: [],
    archived: false,
    stage: 'followed-up',
    firstMet: at,
    lastContact: at,
    daysSinceContact: 3,
    goingCold: i === 0,
  }
}

describe('the network timeline', () => {
  it('puts only the lanes in view in the DOM, however many relationships there are', () => {
    const small = renderWithKith(<NetworkTimeline model={model(200)} onOpen={() => {}} />, fakeKith())
    const lanesFor200 = screen.getAllByRole('listitem').length
    small.unmount()
    renderWithKith(<NetworkTimeline model={model(5000)} onOpen={() => {}} />, fakeKith())
    const lanesFor5000 = screen.getAllByRole('listitem').length
    expect(lanesFor200).toBeGreaterThan(5)
    expect(lanesFor200).toBeLessThan(40)
    expect(lanesFor5000).toBe(lanesFor200)
    expect(screen.getByLabelText('Network timeline, 5000 relationships')).toBeTruthy()
  })

  it('opens the person when a lane is clicked, and labels each marker with its stage and date', async () => {
    const opened: string[] = []
    renderWithKith(
      <NetworkTimeline
        model={{
          ...model(1),
          lanes: [
            lane(7, { stage: 'referral-given', markers: [{ stage: 'referral-given', at: '2026-10-01T12:00:00.000Z', label: 'Referral given: office lease' }] }),
          ],
        }}
        onOpen={(id) => opened.push(id)}
      />,
      fakeKith(),
    )
    expect(screen.getByRole('img', { name: /^Person 7: Referral given: office lease, / })).toBeTruthy()
    fireEvent.click(document.querySelector('[data-lane="p-7"]')!)
    expect(opened).toEqual(['p-7'])
  })

  it('narrows the lanes to those going cold, and asks the service for archived people only when asked', async () => {
    const kith = fakeKith({
      'journal:status': () => ({ counts: { people: 3 } }),
      'timeline:packed': () => packTimeline({ ...model(3), lanes: [lane(0), lane(1, { goingCold: true }), lane(2)] }),
    })
    renderWithKith(<TimelinePage />, kith)
    expect(await screen.findByText('3 lanes')).toBeTruthy()
    expect(screen.getByText('3 people in your journal')).toBeTruthy()
    await userEvent.click(screen.getByRole('switch', { name: 'Going cold' }))
    expect(await screen.findByText('1 lane')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Person 1' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: 'Person 0' })).toBeNull()
    // The first screenful, then the whole list.
    expect(kith.callsTo('timeline:packed')).toEqual([{ firstLanes: 60 }, {}])

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived' }))
    await act(async () => {})
    expect(kith.callsTo('timeline:packed').at(-1)).toEqual({ includeArchived: true })
  })

  it('teaches what to do on the timeline page when the journal is empty', async () => {
    const kith = fakeKith({
      'journal:status': () => ({ counts: { people: 0 } }),
      'timeline:packed': () => packTimeline({ lanes: [], start: at, end: at }),
    })
    renderWithKith(<TimelinePage />, kith)
    expect(await screen.findByText('Nothing on your timeline yet')).toBeTruthy()
  })
})

describe('the people list', () => {
  it('teaches what to do when the journal has nobody yet', async () => {
    renderWithKith(<PeoplePage />, fakeKith({ 'people:overview': () => ({ rows: [], tags: [], companies: [] }) }))
    expect(await screen.findByText('No people yet')).toBeTruthy()
    expect(screen.getByText(/Add the first person you met, or load the sample journal from Settings/)).toBeTruthy()
  })

  it('shows company, role, stage and tags, and a new person as soon as the journal changes', async () => {
    let rows: PersonRow[] = [{ ...row(1), name: 'Dana Reyes', company: 'Reyes Landscaping', role: 'Owner', tags: ['leads-group'] }]
    const kith = fakeKith({ 'people:overview': () => ({ rows, tags: ['leads-group'], companies: ['Reyes Landscaping'] }) })
    renderWithKith(<PeoplePage />, kith)
    const tr = (await screen.findByRole('link', { name: 'Dana Reyes' })).closest('tr')!
    expect(within(tr).getByText('Reyes Landscaping')).toBeTruthy()
    expect(within(tr).getByText('Owner')).toBeTruthy()
    expect(within(tr).getByText('leads-group')).toBeTruthy()
    expect(within(tr).getByText('Followed up')).toBeTruthy()

    rows = [...rows, { ...row(2), name: 'Marcus Bell' }]
    act(() => kith.push({ type: 'journal:changed' }))
    expect(await screen.findByRole('link', { name: 'Marcus Bell' })).toBeTruthy()
  })

  it('renders a window of rows for 5,000 people and asks the service to filter and sort', async () => {
    const kith = fakeKith({ 'people:overview': () => ({ rows: Array.from({ length: 5000 }, (_, i) => row(i)), tags: ['leads-group'], companies: ['Acme'] }) })
    renderWithKith(<PeoplePage />, kith)
    const table = await screen.findByRole('table')
    const rendered = within(table).getAllByRole('link').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(40)
    expect(screen.getByText('5000 people')).toBeTruthy()
    expect(within(table).getAllByText('Followed up').length).toBe(rendered)
    expect(within(table).getByRole('img', { name: 'Going cold' })).toBeTruthy()

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived' }))
    await act(async () => {})
    expect(kith.callsTo('people:overview').at(-1)).toEqual({ sort: 'lastContact', includeArchived: true })
  })

  it('enables merging once two people are selected and shows what will be kept', async () => {
    const people = [row(1), row(2)]
    const kith = fakeKith({
      'people:overview': () => ({ rows: people, tags: [], companies: [] }),
      'people:get': (input) => {
        const id = (input as { id: string }).id
        return personWith({ id, name: id === 'p-1' ? 'Dana Reyes' : 'Dana R.', company: id === 'p-2' ? 'Reyes Landscaping' : undefined }, at)
      },
    })
    renderWithKith(<PeoplePage />, kith)
    const merge = await screen.findByRole('button', { name: 'Merge selected' })
    expect(merge.hasAttribute('disabled')).toBe(true)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Person 1' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Person 2' }))
    await userEvent.click(merge)
    expect(await screen.findByRole('button', { name: 'Merge into Dana Reyes' })).toBeTruthy()
    expect(screen.getByText(/company Reyes Landscaping \(from Dana R\.\)/)).toBeTruthy()
    expect(kith.callsTo('people:merge')).toEqual([])
  })
})
