import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { packTimeline, unpackTimeline } from '../../../shared/api/packedTimeline'
import { timelineModel, type Lane, type TimelineModel } from '../../../shared/derive/timeline'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { useQuery } from '@tanstack/react-query'
import { createKithClient } from '../../../renderer/src/api/client'
import { prefetchFirstScreen } from '../../../renderer/src/api/prefetch'
import { journalQueries } from '../../../renderer/src/api/queries/journal'
import { timelineQueries } from '../../../renderer/src/api/queries/timeline'
import { NetworkTimeline } from '../../../renderer/src/components/network/NetworkTimeline'
import { PeopleTable } from '../../../renderer/src/components/network/PeopleTable'
import type { PersonRow } from '../../../shared/derive/peopleOverview'
import { fakeKith, renderWithKith } from '../fakeKith'
import { at, withViewport } from './helpers'

withViewport()

describe('the packed timeline', () => {
  it('comes back exactly as the model it was packed from, in well under half the bytes', () => {
    const now = new Date('2026-11-29T12:00:00Z')
    const model = timelineModel(generateSampleJournal({ now, scale: { people: 300, interactions: 3000, events: 100, referrals: 300, followUps: 600 } }), now)
    // A lane without a company, and one whose referral label is free text.
    model.lanes[0] = {
      ...model.lanes[0]!,
      company: undefined,
      markers: [...model.lanes[0]!.markers, { stage: 'referral-given', at, label: 'Referral given: "A hotel", 3 floors' }],
    }
    const sent = JSON.stringify(packTimeline(model))
    const received = unpackTimeline(JSON.parse(sent) as ReturnType<typeof packTimeline>)
    expect(received).toEqual(JSON.parse(JSON.stringify(model)) as TimelineModel)
    expect('company' in received.lanes[0]!).toBe(false)
    expect(sent.length).toBeLessThan(JSON.stringify(model).length / 2)
  })
})

function Status() {
  const status = useQuery(journalQueries.status())
  return <p>{status.data ? `${status.data.counts.people} people` : 'loading'}</p>
}

describe('the first screen', () => {
  it('asks for the status and the lanes once, before the page renders, and the page shows them without asking again', async () => {
    let people = 3
    const kith = fakeKith({ 'journal:status': () => ({ counts: { people } }) })
    const client = createKithClient(kith.api)
    prefetchFirstScreen(client, '#/timeline')
    expect(kith.calls.map((c) => c.channel).sort()).toEqual(['journal:status', 'settings:get', 'timeline:packed'])
    // Only the first screenful: the page asks for the whole timeline once it has drawn it.
    expect(kith.callsTo('timeline:packed')).toEqual([{ firstLanes: 60 }])
    await act(async () => {})

    renderWithKith(
      <>
        <Status />
        <Status />
      </>,
      kith,
      '/',
      client,
    )
    // Shown on the first render: no loader, no second request.
    expect(screen.getAllByText('3 people')).toHaveLength(2)
    expect(kith.callsTo('journal:status')).toHaveLength(1)
    // The first screenful waits in the cache for the timeline page, under the key the page asks for.
    expect(client.getQueryData(timelineQueries.head({ eventId: null, includeArchived: false }).queryKey)).toBeDefined()

    // After a change the answer is stale: it is asked for once more, however many components show it.
    people = 4
    await act(async () => kith.push({ type: 'journal:changed' }))
    expect(await screen.findAllByText('4 people')).toHaveLength(2)
    expect(kith.callsTo('journal:status')).toHaveLength(2)
  })

  it('asks for the people list on the people page instead of the lanes', () => {
    const kith = fakeKith({ 'settings:get': () => ({}), 'journal:status': () => ({}) })
    prefetchFirstScreen(createKithClient(kith.api), '#/people')
    expect(kith.callsTo('people:overview')).toEqual([{ sort: 'lastContact' }])
    expect(kith.callsTo('timeline:packed')).toEqual([])
  })
})

describe('the markers', () => {
  it('share one tooltip that names the stage and date of the marker under the pointer', async () => {
    const lane: Lane = {
      personId: 'p-1',
      name: 'Dana Reyes',
      tags: [],
      start: '2025-01-10T12:00:00.000Z',
      stage: 'referral-given',
      goingCold: true,
      lastContact: '2025-03-01T12:00:00.000Z',
      markers: [
        { stage: 'met', at: '2025-01-10T12:00:00.000Z', label: 'Met' },
        { stage: 'referral-given', at: '2025-03-01T12:00:00.000Z', label: 'Referral given: office lease' },
      ],
    }
    renderWithKith(<NetworkTimeline model={{ lanes: [lane], start: lane.start, end: at }} onOpen={() => {}} />, fakeKith())
    expect(screen.queryByRole('tooltip')).toBeNull()
    fireEvent.mouseOver(screen.getByRole('img', { name: /^Dana Reyes: Referral given: office lease, / }))
    expect((await screen.findByRole('tooltip')).textContent).toMatch(/^Referral given: office lease · /)
    fireEvent.mouseOver(screen.getByRole('img', { name: 'Going cold' }))
    expect((await screen.findByRole('tooltip')).textContent).toMatch(/^Going cold: last contact /)
  })

  it('explain on the people list how long ago a cold contact was', async () => {
    const row: PersonRow = {
      id: 'p-1',
      name: 'Dana Reyes',
      tags: [],
      archived: false,
      stage: 'met',
      firstMet: at,
      lastContact: at,
      daysSinceContact: 53,
      goingCold: true,
    }
    renderWithKith(<PeopleTable rows={[row]} selected={[]} onToggle={() => {}} />, fakeKith())
    fireEvent.mouseOver(screen.getByRole('img', { name: 'Going cold' }))
    expect((await screen.findByRole('tooltip')).textContent).toBe('Going cold: 53 days since you last talked')
  })
})
