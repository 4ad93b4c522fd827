import { act, fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { reviewHistory } from '../../../shared/derive/weeklyReview'
import { ReviewHistoryPage } from '../../../renderer/src/pages/review/ReviewHistoryPage'
import { ReviewSummaryPage } from '../../../renderer/src/pages/review/ReviewSummaryPage'
import { fakeKith, renderWithKith } from '../fakeKith'
import { NOW, WEEK, busyJournal, empty, modelOf } from './reviewFixtures'

const completed = {
  id: 'rv-1',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  weekStart: '2026-11-22',
  completedAt: NOW.toISOString(),
  wentWell: 'Coffee with Noah went well',
  intentions: 'Two one-to-ones',
  snapshot: { conversations: 7, peopleMet: 3 },
}

describe('the review history', { timeout: 20_000 }, () => {
  it('teaches what it will show before the first review', async () => {
    renderWithKith(<ReviewHistoryPage />, fakeKith({ 'reviews:history': () => reviewHistory(empty(), { ...WEEK, now: NOW }) }))
    expect(await screen.findByText('No reviews yet')).toBeTruthy()
    expect(screen.getByText('No streak yet')).toBeTruthy()
    expect(screen.getByRole('link', { name: "Start this week's review" }).getAttribute('href')).toBe('/review')
  })

  it('lists past reviews with their reflection and the streak', async () => {
    const journal = busyJournal()
    journal.reviews.push(completed, { ...completed, id: 'rv-0', weekStart: '2026-11-15', completedAt: undefined, step: 'going-cold', wentWell: '' })
    renderWithKith(<ReviewHistoryPage />, fakeKith({ 'reviews:history': () => reviewHistory(journal, { ...WEEK, now: NOW }) }))
    expect((await screen.findByTestId('review-streak')).textContent).toBe('1 week in a row')
    const table = screen.getByRole('table', { name: 'Past reviews' })
    const [, newest, older] = within(table).getAllByRole('row')
    expect(within(newest!).getByText('Completed')).toBeTruthy()
    expect(within(newest!).getByText('Coffee with Noah went well')).toBeTruthy()
    expect(within(older!).getByText('Paused at going cold')).toBeTruthy()
    expect(
      within(older!)
        .getByRole('link', { name: /^Resume the review of the week of Nov 15, 2026/ })
        .getAttribute('href'),
    ).toBe('/review?week=2026-11-15')
  })
})

describe('the one-page summary', { timeout: 20_000 }, () => {
  it('shows the figures as they were when the review was completed, the reflection, and prints', async () => {
    const journal = busyJournal()
    journal.reviews.push(completed)
    const kith = fakeKith({ 'review:summary': () => modelOf(journal) })
    // happy-dom has no print dialog.
    const print = vi.fn()
    Object.defineProperty(window, 'print', { value: print, configurable: true })
    renderWithKith(
      <Routes>
        <Route path="/review/:weekStart/summary" element={<ReviewSummaryPage />} />
      </Routes>,
      kith,
      '/review/2026-11-22/summary',
    )
    await screen.findByRole('heading', { level: 1, name: 'Weekly review: Nov 22 – Nov 28, 2026' })
    expect(kith.callsTo('review:summary')).toEqual([expect.objectContaining({ weekStart: '2026-11-22' })])
    const conversations = screen.getByRole('cell', { name: 'Conversations' }).closest('tr')!
    expect(within(conversations).getAllByRole('cell')[1]!.textContent).toBe('7')
    expect(screen.getByText('Coffee with Noah went well')).toBeTruthy()
    expect(screen.getByText('Two one-to-ones')).toBeTruthy()
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Print' })))
    expect(print).toHaveBeenCalledOnce()
  })
})
