import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { KithApiError } from '../../shared/api/envelope'
import { PersonCreateForm } from '../../renderer/src/components/PersonCreateForm'
import { fakeKith, renderWithKith } from './fakeKith'

const now = '2026-11-29T12:00:00.000Z'

describe('adding a person', () => {
  it('refuses an empty name with a message at the field and calls nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<PersonCreateForm />, kith)
    await userEvent.type(screen.getByLabelText('Company'), 'Reyes Landscaping')
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }))

    const name = screen.getByRole('textbox', { name: /Name/ })
    expect(name.getAttribute('aria-invalid')).toBe('true')
    // The message is tied to the field, so a screen reader reads it with the field.
    const describedBy = name.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy.split(' ').find((id) => id.includes('error')) ?? '')?.textContent).toBe('Enter a name: who did you meet?')
    // Nothing but the lists it reads to offer namesakes: no write.
    expect(kith.calls.map((c) => c.channel).filter((channel) => !channel.endsWith(':list'))).toEqual([])
  })

  it('sends what was typed, leaving out empty fields', async () => {
    const kith = fakeKith({ 'people:create': (input) => ({ id: 'p-1', createdAt: now, updatedAt: now, ...(input as object) }) })
    renderWithKith(<PersonCreateForm />, kith)
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), '  Dana Reyes ')
    await userEvent.type(screen.getByLabelText('Role or line of work'), 'Owner')
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }))

    expect(await screen.findByText('Dana Reyes was added.')).toBeTruthy()
    expect(kith.callsTo('people:create')).toEqual([{ name: 'Dana Reyes', role: 'Owner' }])
  })

  it("shows the service's refusal at the field it names", async () => {
    const kith = fakeKith({
      'people:create': () => {
        throw new KithApiError({ message: 'Could not people:create: company must be at most 500 characters.', field: 'company' })
      },
    })
    renderWithKith(<PersonCreateForm />, kith)
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Dana')
    await userEvent.type(screen.getByLabelText('Company'), 'Acme')
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }))

    expect(await screen.findByText('Could not people:create: company must be at most 500 characters.')).toBeTruthy()
    expect(screen.getByLabelText('Company').getAttribute('aria-invalid')).toBe('true')
  })

  it('shows other failures in a notification that says what happened', async () => {
    const kith = fakeKith({
      'people:create': () => {
        throw new Error('This journal is open read-only because a newer version of Kith wrote it. Nothing was changed.')
      },
    })
    renderWithKith(<PersonCreateForm />, kith)
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Dana')
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }))

    expect(await screen.findByText('Could not add this person')).toBeTruthy()
    expect(screen.getByText(/open read-only/)).toBeTruthy()
  })
})
