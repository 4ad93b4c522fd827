import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Icebreaker, Person } from '../../../shared/domain'
import { IcebreakerAnswers } from '../../../renderer/src/components/person/IcebreakerAnswers'
import { fakeKith, renderWithKith } from '../fakeKith'
import { personWith } from '../../support/journalBuilder'

const at = '2026-11-29T12:00:00.000Z'
const ICEBREAKERS: Icebreaker[] = [
  { id: 'ib-why-here', question: 'What brings you to this event?', builtIn: true, hidden: false, createdAt: at, updatedAt: at },
  { id: 'ib-training', question: 'Where did you go to college or get your training?', builtIn: true, hidden: false, createdAt: at, updatedAt: at },
]
const MARCUS: Person = personWith(
  {
    id: 'p-marcus-bell',
    name: 'Marcus Bell',
    learned: [{ icebreakerId: 'ib-training', answer: 'Studied at Purdue', askedOn: '2026-09-29' }],
  },
  at,
)

function localToday() {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

describe('icebreakers on a person', () => {
  it('shows what was asked and what was not', async () => {
    renderWithKith(<IcebreakerAnswers person={MARCUS} />, fakeKith({ 'icebreakers:list': () => ICEBREAKERS }))
    expect(await screen.findByText('Studied at Purdue')).toBeTruthy()
    expect(screen.getByText('Not asked yet')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Change the answer to Where did you go to college or get your training?' })).toBeTruthy()
  })

  it('stores the answer to a question I marked asked through people:answer', async () => {
    const kith = fakeKith({ 'icebreakers:list': () => ICEBREAKERS, 'people:answer': () => MARCUS })
    renderWithKith(<IcebreakerAnswers person={MARCUS} />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Mark asked: What brings you to this event?' }))
    await userEvent.click(screen.getByRole('textbox', { name: 'What Marcus said' }))
    await userEvent.paste('  Looking for a new bookkeeping client ')
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }))

    await waitFor(() =>
      expect(kith.callsTo('people:answer')).toEqual([
        { personId: 'p-marcus-bell', icebreakerId: 'ib-why-here', answer: 'Looking for a new bookkeeping client', askedOn: localToday() },
      ]),
    )
    expect(await screen.findByText(/The next cheat sheet shows Marcus's answer/)).toBeTruthy()
  })

  it('refuses an empty answer with a message at the field and calls nothing', async () => {
    const kith = fakeKith({ 'icebreakers:list': () => ICEBREAKERS })
    renderWithKith(<IcebreakerAnswers person={MARCUS} />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Mark asked: What brings you to this event?' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }))

    const answer = screen.getByRole('textbox', { name: 'What Marcus said' })
    expect(answer.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Write what Marcus said, even a few words: the next cheat sheet reminds you of it.')).toBeTruthy()
    expect(kith.callsTo('people:answer')).toEqual([])
  })
})
