import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { JournalStatus } from '../../../shared/api/contract'
import { DEFAULT_SETTINGS } from '../../../shared/domain'
import { Root } from '../../../renderer/src/Root'
import { fakeKith, renderWithKith } from '../fakeKith'
import { brokenBackup, movedTo, newestBackup, okStatus, olderBackup, recoveredStatus } from './fixtures'

/** A journal that opened from a backup; restoring another clears the recovery, as the store does. */
function recoveredKith() {
  let status: JournalStatus = recoveredStatus
  return fakeKith({
    'journal:status': () => status,
    'settings:get': () => DEFAULT_SETTINGS,
    'backups:list': () => [newestBackup, olderBackup, brokenBackup],
    'backups:restore': () => {
      status = okStatus
      return status
    },
  })
}

const rowOf = (file: string) => within(screen.getByRole('table')).getByText(file).closest('tr')!

describe('the recovery screen', () => {
  it('says what happened, where the damaged file is, which backup was opened, and lists the backups', async () => {
    renderWithKith(<Root />, recoveredKith())
    expect(await screen.findByRole('heading', { level: 1, name: 'Kith opened a backup of your journal' })).toBeTruthy()
    expect(screen.getByText(/it ends in the middle \(truncated\)/)).toBeTruthy()
    // The moved-to path stands on its own, ready to copy.
    const where = screen.getByRole('heading', { name: 'Where the damaged file is now' }).parentElement!
    expect(within(where).getByText(movedTo)).toBeTruthy()
    expect(within(where).getByRole('button', { name: "Copy the damaged file's path" })).toBeTruthy()

    const opened = screen.getByRole('heading', { name: 'What Kith opened instead' }).parentElement!
    expect(within(opened).getByText(newestBackup.file)).toBeTruthy()
    expect(within(opened).getByText(/holding 24 people · 8 events · 60 interactions · 12 referrals/)).toBeTruthy()

    expect(await screen.findByText(olderBackup.file)).toBeTruthy()
    expect(within(rowOf(newestBackup.file)).getByText('Open now')).toBeTruthy()
    expect(within(rowOf(olderBackup.file)).getByText('25 people · 8 events · 60 interactions · 12 referrals')).toBeTruthy()
    expect(within(rowOf(olderBackup.file)).getByText('Before an import')).toBeTruthy()
    expect(within(rowOf(brokenBackup.file)).getByText('Unreadable: the file is empty')).toBeTruthy()
    // Only a readable backup that is not already open can be restored.
    expect(within(rowOf(newestBackup.file)).queryByRole('button')).toBeNull()
    expect(within(rowOf(brokenBackup.file)).queryByRole('button')).toBeNull()
  })

  it('restores another backup only after the user confirms, then opens the app', async () => {
    const kith = recoveredKith()
    renderWithKith(<Root />, kith)
    await screen.findByText(olderBackup.file)
    await userEvent.click(within(rowOf(olderBackup.file)).getByRole('button', { name: /Restore the backup from/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getByText(/First it backs up the journal as it is now, so nothing is lost/)).toBeTruthy()
    expect(kith.callsTo('backups:restore')).toEqual([])

    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore this backup' }))
    await waitFor(() => expect(kith.callsTo('backups:restore')).toEqual([{ file: olderBackup.file }]))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Kith opened a backup of your journal' })).toBeNull())
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
  })

  it('cancelling the confirmation restores nothing', async () => {
    const kith = recoveredKith()
    renderWithKith(<Root />, kith)
    await screen.findByText(olderBackup.file)
    await userEvent.click(within(rowOf(olderBackup.file)).getByRole('button', { name: /Restore the backup from/ }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(kith.callsTo('backups:restore')).toEqual([])
    expect(screen.getByRole('heading', { name: 'Kith opened a backup of your journal' })).toBeTruthy()
  })

  it('"Continue with this journal" goes on to the app with the journal Kith opened', async () => {
    const kith = recoveredKith()
    renderWithKith(<Root />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Continue with this journal' }))
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(screen.queryByText('Kith opened a backup of your journal')).toBeNull()
    expect(kith.callsTo('backups:restore')).toEqual([])
  })

  it('says so plainly when no backup could be opened', async () => {
    const kith = fakeKith({
      'journal:status': () => ({ ...recoveredStatus, onboarded: false, recovery: { ...recoveredStatus.recovery!, openedFrom: undefined } }),
      'settings:get': () => DEFAULT_SETTINGS,
      'backups:list': () => [],
    })
    renderWithKith(<Root />, kith)
    expect(await screen.findByRole('heading', { level: 1, name: 'Kith started a fresh journal' })).toBeTruthy()
    expect(screen.getByText(/No good backup was found, so Kith started a new, empty journal/)).toBeTruthy()
    expect(await screen.findByText('There are no backups beside this journal.')).toBeTruthy()
    expect(screen.getByText(movedTo)).toBeTruthy()
  })
})
