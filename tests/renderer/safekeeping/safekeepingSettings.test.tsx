import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../shared/domain'
import { SafekeepingSettings } from '../../../renderer/src/components/settings/SafekeepingSettings'
import { fakeKith, renderWithKith } from '../fakeKith'
import { brokenBackup, movedTo, newestBackup, okStatus, olderBackup, recoveredStatus, trashedDana } from './fixtures'

function settingsKith(overrides: Parameters<typeof fakeKith>[0] = {}) {
  return fakeKith({
    'journal:status': () => okStatus,
    'settings:get': () => DEFAULT_SETTINGS,
    'backups:list': () => [newestBackup, olderBackup, brokenBackup],
    'backups:restore': () => okStatus,
    'trash:list': () => [trashedDana],
    'trash:restore': () => trashedDana,
    'settings:update': (input) => ({ ...DEFAULT_SETTINGS, ...(input as { patch: object }).patch }),
    'journal:export': () => ({ fileName: 'kith-journal-2026-11-29.json', json: '{"schemaVersion":3}\n' }),
    ...overrides,
  })
}

const backupsTable = () => screen.getByRole('table')
const rowOf = (file: string) => within(backupsTable()).getByText(file).closest('tr')!

afterEach(() => {
  vi.restoreAllMocks()
})

describe('safekeeping in Settings', () => {
  it('lists the backups with dates, reasons, sizes and what each holds', async () => {
    renderWithKith(<SafekeepingSettings />, settingsKith())
    await screen.findByText(newestBackup.file)
    const newest = rowOf(newestBackup.file)
    expect(within(newest).getByText('Daily')).toBeTruthy()
    expect(within(newest).getByText('47 KB')).toBeTruthy()
    expect(within(newest).getByText('24 people · 8 events · 60 interactions · 12 referrals')).toBeTruthy()
    expect(within(rowOf(olderBackup.file)).getByText('Before an import')).toBeTruthy()
    expect(within(rowOf(brokenBackup.file)).getByText('Unreadable: the file is empty')).toBeTruthy()
  })

  it('reminds where the damaged file is after the user went on from the recovery screen', async () => {
    renderWithKith(<SafekeepingSettings />, settingsKith({ 'journal:status': () => recoveredStatus }))
    expect(await screen.findByText('Opened from a backup')).toBeTruthy()
    expect(screen.getByText(movedTo)).toBeTruthy()
  })

  it('restores a backup only after a confirmation that says the current journal is backed up first', async () => {
    const kith = settingsKith()
    renderWithKith(<SafekeepingSettings />, kith)
    await screen.findByText(olderBackup.file)
    await userEvent.click(within(rowOf(olderBackup.file)).getByRole('button', { name: /Restore the backup from/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getByText(/First it backs up the journal as it is now/)).toBeTruthy()
    expect(kith.callsTo('backups:restore')).toEqual([])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore this backup' }))
    await waitFor(() => expect(kith.callsTo('backups:restore')).toEqual([{ file: olderBackup.file }]))
    expect(await screen.findByText(/Restored the backup from .*The journal as it was just before is now a backup too/)).toBeTruthy()
  })

  it('says why a restore failed', async () => {
    const kith = settingsKith({
      'backups:restore': () => {
        throw new Error('The backup x.json was written by a newer version of Kith, so this Kith cannot restore it.')
      },
    })
    renderWithKith(<SafekeepingSettings />, kith)
    await screen.findByText(olderBackup.file)
    await userEvent.click(within(rowOf(olderBackup.file)).getByRole('button', { name: /Restore the backup from/ }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }))
    expect(await screen.findByText('Could not restore the backup')).toBeTruthy()
    expect(screen.getByText(/written by a newer version of Kith/)).toBeTruthy()
  })

  it('refuses retention numbers the journal would reject, and saves good ones as they are typed', async () => {
    const kith = settingsKith()
    const view = renderWithKith(<SafekeepingSettings />, kith)
    const daily = await screen.findByRole('textbox', { name: /Days of backups to keep/ })
    const weekly = screen.getByRole('textbox', { name: /Weekly backups to keep/ })
    const updates = () => kith.callsTo('settings:update') as { patch: { backups: { keepDaily: number; keepWeekly: number } } }[]

    await userEvent.clear(daily)
    expect(await screen.findByText('Enter a whole number of days from 1 to 365')).toBeTruthy()

    await userEvent.type(daily, '30')
    fireEvent.change(weekly, { target: { value: '1.5' } })
    expect(await screen.findByText('Enter a whole number of weeks from 0 to 520')).toBeTruthy()

    await userEvent.clear(weekly)
    await userEvent.type(weekly, '12')
    // Leaving the page saves what is still waiting; nothing refused was ever sent.
    view.unmount()
    await waitFor(() => expect(updates().at(-1)).toEqual({ patch: { backups: { keepDaily: 30, keepWeekly: 12 } } }))
    expect(updates().every(({ patch }) => Number.isInteger(patch.backups.keepWeekly) && patch.backups.keepDaily >= 1)).toBe(true)
  })

  it('lists the trash with the day each item goes for good, and restores from it', async () => {
    const kith = settingsKith()
    renderWithKith(<SafekeepingSettings />, kith)
    const label = await screen.findByText('Dana Reyes')
    const item = label.closest('li')!
    expect(within(item).getByText('Person')).toBeTruthy()
    expect(within(item).getByText(/removed for good on Dec 29, 2026/)).toBeTruthy()
    await userEvent.click(within(item).getByRole('button', { name: 'Restore Dana Reyes' }))
    await waitFor(() => expect(kith.callsTo('trash:restore')).toEqual([{ id: 't-1' }]))
    expect(await screen.findByText('Restored Dana Reyes.')).toBeTruthy()
  })

  it('teaches what the trash is for when it is empty', async () => {
    renderWithKith(<SafekeepingSettings />, settingsKith({ 'trash:list': () => [] }))
    expect(await screen.findByText(/The trash is empty. People, events, interactions and referrals you delete wait here for 30 days/)).toBeTruthy()
  })

  it('downloads the whole journal as the JSON file the export names', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:kith-export'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
    const kith = settingsKith()
    renderWithKith(<SafekeepingSettings />, kith)
    await userEvent.click(await screen.findByRole('button', { name: 'Export the whole journal as JSON' }))
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:kith-export', download: 'kith-journal-2026-11-29.json' }]))
    expect(await blobs[0]!.text()).toBe('{"schemaVersion":3}\n')
    expect(await screen.findByText('Exported kith-journal-2026-11-29.json.')).toBeTruthy()
  })
})
