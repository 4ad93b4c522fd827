import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Route, Routes } from 'react-router'
import { notifications } from '@mantine/notifications'
import { afterEach, describe, expect, it } from 'vitest'
import { ReminderNotifications, routeOf } from '../../../renderer/src/components/followups/ReminderNotifications'
import { fakeKith, renderWithKith } from '../fakeKith'

const due = { type: 'followup:due', followUpId: 'f-1', personId: 'p-dana', title: 'Dana Reyes', body: 'Send the Ohio article' } as const

/** A parent that renders again on demand, as the app does on every journal change. */
function Rerendering() {
  const [renders, setRenders] = useState(1)
  return (
    <>
      <ReminderNotifications />
      <button onClick={() => setRenders((n) => n + 1)}>Render again ({renders})</button>
    </>
  )
}

function renderListener(kith = fakeKith({ 'followups:done': (input) => input, 'followups:snooze': (input) => input })) {
  renderWithKith(
    <>
      <Rerendering />
      <Routes>
        <Route path="/people/:id" element={<h1>Person page</h1>} />
        <Route path="*" element={<h1>Somewhere else</h1>} />
      </Routes>
    </>,
    kith,
    '/timeline',
  )
  return { kith }
}

const notices = (text: string) => screen.queryAllByRole('alert').filter((n) => n.textContent?.includes(text))

describe('in-app reminders', { timeout: 30_000 }, () => {
  // The notifications store is global: one test's notices must not answer the next test's queries.
  afterEach(() => act(() => notifications.clean()))

  it('shows a due follow-up once, with the name and the note, however often the page renders', async () => {
    const { kith } = renderListener()
    act(() => kith.push(due))
    await screen.findByText('Send the Ohio article')
    await userEvent.click(screen.getByRole('button', { name: /Render again/ }))
    await userEvent.click(screen.getByRole('button', { name: /Render again/ }))
    expect(screen.getByRole('button', { name: 'Render again (3)' })).toBeTruthy()
    expect(notices('Send the Ohio article')).toHaveLength(1)
    expect(within(notices('Send the Ohio article')[0]!).getByText('Dana Reyes')).toBeTruthy()
  })

  it('opens the person when the notification is clicked', async () => {
    const { kith } = renderListener()
    act(() => kith.push(due))
    // fireEvent: Mantine's swipe-to-dismiss handling swallows user-event's synthetic pointer sequence in happy-dom.
    fireEvent.click(await screen.findByText('Send the Ohio article'))
    expect(await screen.findByRole('heading', { name: 'Person page' })).toBeTruthy()
  })

  it('marks it done from the notification, without opening the person', async () => {
    const { kith } = renderListener()
    act(() => kith.push(due))
    const notice = (await screen.findByText('Send the Ohio article')).closest('[role="alert"]') as HTMLElement
    await userEvent.click(within(notice).getByRole('button', { name: 'Done' }))
    expect(kith.callsTo('followups:done')).toEqual([{ id: 'f-1' }])
    expect(screen.getByRole('heading', { name: 'Somewhere else' })).toBeTruthy()
  })

  it('snoozes it an hour from the notification', async () => {
    const { kith } = renderListener()
    act(() => kith.push(due))
    const notice = (await screen.findByText('Send the Ohio article')).closest('[role="alert"]') as HTMLElement
    const before = Date.now()
    await userEvent.click(within(notice).getByRole('button', { name: 'Snooze an hour' }))
    const [call] = kith.callsTo('followups:snooze') as { id: string; until: string }[]
    expect(call?.id).toBe('f-1')
    const until = Date.parse(call!.until)
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000)
    expect(until).toBeLessThan(before + 3_600_000 + 60_000)
  })

  it('shows the weekly review reminder and follows a navigate request', async () => {
    const { kith } = renderListener()
    act(() => kith.push({ type: 'reminder', title: 'Time for your weekly review', body: 'Look back at the week.', to: '#/review' }))
    expect(await screen.findByText('Time for your weekly review')).toBeTruthy()
    act(() => kith.push({ type: 'navigate', to: '#/people/p-7' }))
    expect(await screen.findByRole('heading', { name: 'Person page' })).toBeTruthy()
  })

  it('only follows routes inside the app', () => {
    expect(routeOf('#/people/p-1')).toBe('/people/p-1')
    expect(routeOf('https://evil.example')).toBeUndefined()
    expect(routeOf('#//evil.example')).toBeUndefined()
  })
})
