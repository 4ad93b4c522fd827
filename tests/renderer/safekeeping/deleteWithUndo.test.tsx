import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { DeleteWithUndo } from '../../../renderer/src/components/DeleteWithUndo'
import { fakeKith, renderWithKith } from '../fakeKith'
import { trashedDana } from './fixtures'

function PersonAndList() {
  return (
    <Routes>
      <Route path="/people/p-dana" element={<DeleteWithUndo kind="person" id="p-dana" label="Dana Reyes" leaveTo="/people" />} />
      <Route path="/people" element={<h1>All people</h1>} />
    </Routes>
  )
}

describe('delete with undo', () => {
  it('deletes at once, leaves the page, and Undo puts the person back from the trash', async () => {
    const kith = fakeKith({ 'people:delete': () => trashedDana, 'trash:restore': () => trashedDana })
    renderWithKith(<PersonAndList />, kith, '/people/p-dana')

    await userEvent.click(screen.getByRole('button', { name: 'Delete person: Dana Reyes' }))
    await waitFor(() => expect(kith.callsTo('people:delete')).toEqual([{ id: 'p-dana' }]))
    expect(await screen.findByText('Deleted Dana Reyes.')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'All people' })).toBeTruthy()
    expect(kith.callsTo('trash:restore')).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    // Undo restores the trash entry the delete made, not the person's own id.
    await waitFor(() => expect(kith.callsTo('trash:restore')).toEqual([{ id: 't-1' }]))
    expect(await screen.findByText('Restored Dana Reyes.')).toBeTruthy()
  })

  it('uses the call for what it deletes, and a small labelled icon on list lines', async () => {
    const trashed = { ...trashedDana, id: 't-2', kind: 'interaction' as const, label: 'Coffee at Lucia’s' }
    const kith = fakeKith({ 'interactions:delete': () => trashed, 'trash:restore': () => trashed })
    renderWithKith(<DeleteWithUndo kind="interaction" id="i-1" label="Coffee at Lucia’s" compact />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Delete interaction: Coffee at Lucia’s' }))
    await waitFor(() => expect(kith.callsTo('interactions:delete')).toEqual([{ id: 'i-1' }]))
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(kith.callsTo('trash:restore')).toEqual([{ id: 't-2' }]))
  })

  it('says why a delete failed and stays on the page', async () => {
    const kith = fakeKith({
      'people:delete': () => {
        throw new Error('This journal is open read-only because a newer version of Kith wrote it.')
      },
    })
    renderWithKith(<PersonAndList />, kith, '/people/p-dana')
    await userEvent.click(screen.getByRole('button', { name: 'Delete person: Dana Reyes' }))
    expect(await screen.findByText('Could not delete Dana Reyes')).toBeTruthy()
    expect(screen.getByText(/open read-only because a newer version of Kith wrote it/)).toBeTruthy()
    // It left for the list as it started, and comes back because the person is still there.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'All people' })).toBeNull())
    expect(screen.getByRole('button', { name: 'Delete person: Dana Reyes' })).toBeTruthy()
  })
})
