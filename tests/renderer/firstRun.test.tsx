import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { JournalStatus } from '../../shared/api/contract'
import { DEFAULT_SETTINGS } from '../../shared/domain'
import { Root } from '../../renderer/src/Root'
import { fakeKith, renderWithKith } from './fakeKith'

const counts = { people: 0, events: 0, interactions: 0, referrals: 0, followUps: 0, reviews: 0 }
const fresh: JournalStatus = { path: '/home/me/kith/journal.json', onboarded: false, readOnly: false, counts }

/** A journal that is not onboarded until one of the two first-run calls is made. */
function firstRunKith() {
  let status = fresh
  const started = () => {
    status = { ...fresh, onboarded: true }
    return status
  }
  return fakeKith({
    'journal:status': () => status,
    'journal:startEmpty': started,
    'journal:loadSample': started,
    'settings:get': () => DEFAULT_SETTINGS,
  })
}

describe('first run', () => {
  it('welcomes a new user and offers both ways to start, without writing anything', async () => {
    const kith = firstRunKith()
    renderWithKith(<Root />, kith)
    expect(await screen.findByRole('heading', { name: 'Welcome to Kith' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start an empty journal' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Load the sample journal' })).toBeTruthy()
    expect(kith.calls.map((c) => c.channel)).toEqual(['journal:status'])
  })

  it('loads the sample journal, then shows the timeline', async () => {
    const kith = firstRunKith()
    renderWithKith(<Root />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Load the sample journal' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeTruthy()
    expect(kith.callsTo('journal:loadSample')).toHaveLength(1)
    expect(kith.callsTo('journal:startEmpty')).toHaveLength(0)
  })

  it('starts an empty journal, then shows the timeline with a hint of what to do first', async () => {
    const kith = firstRunKith()
    renderWithKith(<Root />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Start an empty journal' }))
    expect(await screen.findByText('Nothing on your timeline yet')).toBeTruthy()
    expect(kith.callsTo('journal:startEmpty')).toHaveLength(1)
    expect(kith.callsTo('journal:loadSample')).toHaveLength(0)
  })

  it('shows what went wrong when starting fails, and stays on the welcome screen', async () => {
    const kith = fakeKith({
      'journal:status': () => fresh,
      'journal:loadSample': () => {
        throw new Error('The sample journal can only be loaded into an empty journal, so nothing of yours is replaced.')
      },
    })
    renderWithKith(<Root />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Load the sample journal' }))
    expect(await screen.findByText(/can only be loaded into an empty journal/)).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Welcome to Kith' })).toBeTruthy()
  })
})

describe('journal problems', () => {
  it('says when the journal is read-only because a newer Kith wrote it', async () => {
    // A damaged journal has its own screen: tests/renderer/safekeeping/recoveryScreen.test.tsx.
    const message = 'This journal was written by a newer version of Kith. It is open read-only.'
    const kith = fakeKith({
      'journal:status': () => ({ ...fresh, onboarded: true, readOnly: true, recovery: { kind: 'newer', message } }),
      'settings:get': () => DEFAULT_SETTINGS,
    })
    renderWithKith(<Root />, kith, '/people')
    expect(await screen.findByText(message)).toBeTruthy()
    expect(screen.getByText('Read-only: written by a newer Kith')).toBeTruthy()
  })
})
