import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { EventsPage } from '../../../renderer/src/pages/EventsPage'
import { fakeKith, renderWithKith } from '../fakeKith'
import { event } from './helpers'

vi.setConfig({ testTimeout: 20_000 })

const DAY = 86_400_000

describe('the events page', () => {
  it('lists every event coming up, and the past twenty at a time, newest first', async () => {
    const now = Date.now()
    const past = Array.from({ length: 45 }, (_, n) =>
      event(`past-${n}`, `Breakfast ${n + 1} weeks ago`, { startsAt: new Date(now - (n + 1) * 7 * DAY).toISOString() }),
    )
    const upcoming = [event('next', 'Leads group next week', { startsAt: new Date(now + 7 * DAY).toISOString() })]
    renderWithKith(<EventsPage />, fakeKith({ 'events:list': () => [...past.slice().reverse(), ...upcoming] }), '/events')
    const pastSection = (await screen.findByRole('heading', { name: 'Past' })).parentElement!
    const shown = () =>
      within(pastSection)
        .getAllByRole('link')
        .map((link) => link.textContent)
    expect(screen.getByRole('link', { name: 'Leads group next week' })).toBeTruthy()
    expect(shown()).toEqual(past.slice(0, 20).map((e) => e.title))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (25 past events not shown)' })))
    expect(shown()).toHaveLength(40)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show 5 more (5 past events not shown)' })))
    expect(shown()).toHaveLength(45)
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull()
  })
})
