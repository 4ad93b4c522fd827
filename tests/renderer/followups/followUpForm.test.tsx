import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FollowUpForm } from '../../../renderer/src/components/followups/FollowUpForm'
import { fakeKith, renderWithKith } from '../fakeKith'
import { errorOf } from '../network/helpers'
import { at, dana } from './helpers'

describe('planning a follow-up', { timeout: 30_000 }, () => {
  it('refuses a missing person with a message at the field and calls nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<FollowUpForm people={[dana]} />, kith)
    await userEvent.type(screen.getByRole('textbox', { name: /What to do/ }), 'Send the article')
    await userEvent.click(screen.getByRole('button', { name: 'Plan follow-up' }))

    const person = screen.getByRole('combobox', { name: /Follow up with/ })
    expect(person.getAttribute('aria-invalid')).toBe('true')
    expect(errorOf(person)).toBe('Pick who to follow up with.')
    expect(kith.calls).toEqual([])
  })

  it('refuses a date in the past with a message at the field and calls nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<FollowUpForm people={[dana]} />, kith)
    await userEvent.click(screen.getByRole('combobox', { name: /Follow up with/ }))
    await userEvent.click(await screen.findByRole('option', { name: /Dana Reyes/ }))
    await userEvent.click(screen.getByRole('radio', { name: 'On a date' }))
    // The 15th of last month at 09:00, typed into the date-and-time field: certainly passed.
    const past = new Date()
    past.setMonth(past.getMonth() - 1, 15)
    const pad = (n: number) => String(n).padStart(2, '0')
    fireEvent.change(screen.getByLabelText(/^On( \*)?$/), { target: { value: `${past.getFullYear()}-${pad(past.getMonth() + 1)}-15T09:00` } })
    await userEvent.type(screen.getByRole('textbox', { name: /What to do/ }), 'Coffee')
    await userEvent.click(screen.getByRole('button', { name: 'Plan follow-up' }))

    const date = screen.getByLabelText(/^On( \*)?$/)
    expect(await screen.findByText('That time has passed: pick one in the future.')).toBeTruthy()
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(kith.calls).toEqual([])
  })

  it('plans it "in N days" at 9:00 that morning', async () => {
    const kith = fakeKith({ 'followups:create': (input) => ({ id: 'f-1', createdAt: at, updatedAt: at, status: 'pending', ...(input as object) }) })
    renderWithKith(<FollowUpForm people={[dana]} />, kith)
    await userEvent.click(screen.getByRole('combobox', { name: /Follow up with/ }))
    await userEvent.click(await screen.findByRole('option', { name: /Dana Reyes/ }))
    const days = screen.getByRole('textbox', { name: /In how many days/ })
    await userEvent.clear(days)
    await userEvent.type(days, '5')
    await userEvent.type(screen.getByRole('textbox', { name: /What to do/ }), '  Send the Ohio article ')
    await userEvent.click(screen.getByRole('button', { name: 'Plan follow-up' }))

    const expected = new Date()
    expected.setDate(expected.getDate() + 5)
    expected.setHours(9, 0, 0, 0)
    await screen.findByText(/Follow-up planned for/)
    expect(kith.callsTo('followups:create')).toEqual([{ personId: 'p-dana', dueAt: expected.toISOString(), note: 'Send the Ohio article' }])
  })
})
