import { useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PushEvent } from '../../../shared/api/channels'
import { journalQueries } from '../../../renderer/src/api/queries/journal'
import { peopleQueries } from '../../../renderer/src/api/queries/people'
import { personWith } from '../../support/journalBuilder'
import { fakeKith, renderWithKith } from '../fakeKith'

const person = personWith({ id: 'p-1', name: 'Dana Reyes' })
const story = { entries: [], introduced: [], relationship: {}, balance: { given: 0, received: 0 } }

/** What a person page keeps on screen besides the shell: the person, their story, the icebreakers, the settings. */
function PersonScreen() {
  const queries = [
    useQuery(peopleQueries.detail('p-1')),
    useQuery(peopleQueries.timeline('p-1')),
    useQuery(journalQueries.icebreakers()),
    useQuery(journalQueries.settings()),
  ]
  return <p>{queries.every((q) => q.data) ? 'shown' : 'loading'}</p>
}

function setUp() {
  const kith = fakeKith({ 'people:get': () => person, 'people:timeline': () => story, 'icebreakers:list': () => [], 'settings:get': () => ({}) })
  renderWithKith(<PersonScreen />, kith)
  return kith
}

describe('one journal change, one round of calls', () => {
  it('asks again, once each, for every query on screen when the change does not say what it touched', async () => {
    const kith = setUp()
    await screen.findByText('shown')
    const before = kith.calls.length
    await act(async () => kith.push({ type: 'journal:changed' }))
    expect(
      kith.calls
        .slice(before)
        .map((c) => c.channel)
        .sort(),
    ).toEqual(['icebreakers:list', 'people:get', 'people:timeline', 'settings:get'])
  })

  it('asks again only for what reads the parts a change names', async () => {
    const kith = setUp()
    await screen.findByText('shown')
    const before = kith.calls.length
    // A follow-up planned: the person's story reads follow-ups; the person record, icebreakers and settings do not.
    await act(async () => kith.push({ type: 'journal:changed', changed: ['followUps'] } as PushEvent))
    expect(kith.calls.slice(before).map((c) => c.channel)).toEqual(['people:timeline'])
  })
})
