import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { QuickCaptureForm } from '../../../renderer/src/components/network/QuickCaptureForm'
import { fakeKith, renderWithKith } from '../fakeKith'
import { dayFromToday, expectFieldError, person } from './helpers'

vi.setConfig({ testTimeout: 20_000 })

const nameOf = (n: number) => screen.getByRole('textbox', { name: `Name of person ${n}` })

describe('quick capture after an event', () => {
  it('refuses to save nobody, with the message at the first name, and calls nothing', async () => {
    const kith = fakeKith()
    renderWithKith(<QuickCaptureForm />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Save everyone' }))

    expectFieldError(nameOf(1), 'Enter the name of at least one person you met')
    expect(kith.callsTo('people:capture')).toEqual([])
  })

  it('refuses a row with a company but no name, and saves none of the other rows', async () => {
    const kith = fakeKith()
    renderWithKith(<QuickCaptureForm />, kith)
    fireEvent.change(nameOf(1), { target: { value: 'Dana Reyes' } })
    await userEvent.type(nameOf(1), '{Enter}')
    fireEvent.change(screen.getByRole('textbox', { name: 'Company of person 2' }), { target: { value: 'Acme' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save everyone' }))

    expectFieldError(nameOf(2), 'Enter a name for this person')
    expect(document.activeElement).toBe(nameOf(2))
    expect(nameOf(1).getAttribute('aria-invalid')).not.toBe('true')
    // Nothing saved half: the one good row waits for the bad one.
    expect(kith.callsTo('people:capture')).toEqual([])
  })

  it('refuses a "met on" day in the future when no event is picked', async () => {
    const kith = fakeKith()
    renderWithKith(<QuickCaptureForm />, kith)
    fireEvent.change(screen.getByLabelText('Met on'), { target: { value: dayFromToday(5) } })
    fireEvent.change(nameOf(1), { target: { value: 'Dana Reyes' } })
    await userEvent.click(screen.getByRole('button', { name: 'Save everyone' }))

    expectFieldError(screen.getByLabelText('Met on'), 'You cannot have met in the future: pick today or earlier')
    expect(kith.callsTo('people:capture')).toEqual([])
  })

  it('goes to the next row with Enter and saves everyone with Ctrl+Enter in one call', async () => {
    const kith = fakeKith({ 'people:capture': (input) => (input as { people: { name: string }[] }).people.map((p, i) => person(`p-${i}`, p.name)) })
    renderWithKith(<QuickCaptureForm eventId="ev-1" />, kith)
    fireEvent.change(nameOf(1), { target: { value: 'Dana Reyes' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'What you talked about with person 1' }), { target: { value: 'Her Ohio office' } })
    await userEvent.type(screen.getByRole('textbox', { name: 'What you talked about with person 1' }), '{Enter}')
    expect(document.activeElement).toBe(nameOf(2))
    await userEvent.type(nameOf(2), 'Sam{Enter}')
    expect(document.activeElement).toBe(nameOf(3))
    await userEvent.type(nameOf(3), 'Lee{Control>}{Enter}{/Control}')

    expect(await screen.findByText('3 people captured.')).toBeTruthy()
    expect(kith.callsTo('people:capture')).toEqual([
      {
        eventId: 'ev-1',
        people: [
          { name: 'Dana Reyes', talkedAbout: 'Her Ohio office', followUpInDays: 3 },
          { name: 'Sam', followUpInDays: 3 },
          { name: 'Lee', followUpInDays: 3 },
        ],
      },
    ])
  })
})
