import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../shared/domain'
import { FollowUpsPage } from '../../renderer/src/pages/FollowUpsPage'
import { personWith } from '../support/journalBuilder'
import { fakeKith, renderWithKith } from './fakeKith'

const at = '2026-11-01T12:00:00.000Z'

function followUp(id: string, dueAt: Date, note: string): FollowUp {
  return { id, createdAt: at, updatedAt: at, dueAt: dueAt.toISOString(), personId: 'p-dana', note, status: 'pending' }
}

// The people page's tests live in tests/renderer/network/virtualLists.test.tsx (its list is virtualised).

describe('the follow-ups page', () => {
  it('groups pending follow-ups into overdue, today, this week and later', async () => {
    const now = new Date()
    const inDays = (days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12)
    const kith = fakeKith({
      'people:list': () => [personWith({ id: 'p-dana', name: 'Dana Reyes' }, at)],
      'followups:list': () => [
        followUp('f-late', inDays(-3), 'Send the article'),
        followUp('f-today', inDays(0), 'Call about the lease'),
        followUp('f-week', inDays(4), 'Coffee next week'),
        followUp('f-later', inDays(30), 'Check in after the holidays'),
        { ...followUp('f-done', inDays(-1), 'Already thanked'), status: 'done' },
      ],
    })
    renderWithKith(<FollowUpsPage />, kith)

    const groupOf = async (note: string) => {
      const card = await screen.findByText(note)
      let section: HTMLElement | null = card
      while (section && !section.querySelector('h2')) section = section.parentElement
      return section?.querySelector('h2')?.textContent
    }
    expect(await groupOf('Send the article')).toBe('Overdue (1)')
    expect(await groupOf('Call about the lease')).toBe('Today (1)')
    expect(await groupOf('Coffee next week')).toBe('This week (1)')
    expect(await groupOf('Check in after the holidays')).toBe('Later (1)')
    expect(screen.queryByText('Already thanked')).toBeNull()
  })
})
