import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBanners } from '../../../renderer/src/components/StatusBanners'
import { fakeKith, renderWithKith } from '../fakeKith'
import { okStatus } from './fixtures'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('journal status banners', () => {
  it('shows nothing while the journal saves normally', () => {
    const { container } = renderWithKith(<StatusBanners status={okStatus} />, fakeKith())
    expect(container.querySelector('[role="alert"]')).toBeNull()
  })

  it('says a save failed, that nothing is lost yet, what to do, and offers an export', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:kith')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const kith = fakeKith({ 'journal:export': () => ({ fileName: 'kith-journal-2026-11-29.json', json: '{}' }) })
    const saveError = 'The disk holding /home/me/kith/journal.json is full.'
    renderWithKith(<StatusBanners status={{ ...okStatus, saveError }} />, kith)

    const banner = screen.getByRole('alert')
    expect(banner.textContent).toContain('Kith could not save your latest changes')
    expect(banner.textContent).toContain(saveError)
    expect(banner.textContent).toContain('Keep Kith open: nothing is lost while it runs. Free some disk space')
    await userEvent.click(screen.getByRole('button', { name: 'Export a copy of the journal' }))
    await waitFor(() => expect(kith.callsTo('journal:export')).toHaveLength(1))
    expect(await screen.findByText('Exported kith-journal-2026-11-29.json.')).toBeTruthy()
  })

  it('explains a read-only journal from a newer Kith in its own words', () => {
    const message =
      'This journal (/home/me/kith/journal.json) was written by a newer version of Kith (format 9; this Kith knows format 3). It is open read-only.'
    renderWithKith(<StatusBanners status={{ ...okStatus, readOnly: true, recovery: { kind: 'newer', message } }} />, fakeKith())
    expect(screen.getByText('Read-only: written by a newer Kith')).toBeTruthy()
    expect(screen.getByText(message)).toBeTruthy()
  })
})
