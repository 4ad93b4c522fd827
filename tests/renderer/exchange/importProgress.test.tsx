import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ImportPreview, ImportProgress, ImportResult } from '../../../shared/exchange/api'
import { ImportSection } from '../../../renderer/src/components/exchange/ImportSection'
import { fakeKith, renderWithKith } from '../fakeKith'
import { preview } from './previewFixture'

const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nDana,Reyes,,,,,15 Jan 2023\n'
const applied: ImportResult = { created: 1, merged: 0, skipped: 2, errors: 1, backupFile: 'journal-2026-11-30-before-import.json' }

/** A call the test answers when it chooses, so what the page shows meanwhile can be looked at. */
function held<T>() {
  let answer!: (value: T) => void
  const promise = new Promise<T>((resolve) => (answer = resolve))
  return { promise, answer }
}

describe('import progress on the page', () => {
  it('shows the main process counts as an accessible bar while a file is checked and applied, without taking focus', async () => {
    const previewCall = held<ImportPreview>()
    const applyCall = held<ImportResult>()
    const kith = fakeKith({ 'import:preview': () => previewCall.promise, 'import:apply': () => applyCall.promise })
    renderWithKith(<ImportSection />, kith)
    fireEvent.change(screen.getByLabelText('Contacts file to import'), { target: { files: [new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' })] } })
    await screen.findByText(/Checking Connections\.csv .* against your journal…/)

    const push = (progress: ImportProgress) => act(() => kith.push({ type: 'import:progress', progress }))
    push({ stage: 'reading', done: 3_500_000, total: 7_000_000 })
    expect(screen.getByRole('status').textContent).toBe('Reading contacts from Connections.csv… 50%')
    push({ stage: 'checking', done: 12_000, total: 48_000 })
    const bar = screen.getByRole('progressbar', { name: 'Checking contacts' })
    expect(screen.getByRole('status').textContent).toBe('Checking contacts against your journal… 12,000 of 48,000')
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite')
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['12000', '48000'])
    expect(bar.getAttribute('aria-valuetext')).toBe('Checking contacts against your journal… 12,000 of 48,000')
    // Nothing in the progress takes focus: a keyboard user's place is theirs.
    expect(bar.closest('.mantine-Paper-root')!.contains(document.activeElement)).toBe(false)

    await act(async () => previewCall.answer(preview))
    await screen.findByRole('heading', { name: `Preview of ${preview.fileName}` })
    expect(screen.queryByRole('progressbar')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: /^Import / }))
    // The last file's count is forgotten: the bar starts without one until the apply sends its own.
    expect(await screen.findByText(/taking a backup, then saving…/)).toBeTruthy()
    push({ stage: 'importing', done: 24_000, total: 48_000 })
    expect(screen.getByRole('status').textContent).toBe('Importing contacts… 24,000 of 48,000')
    push({ stage: 'saving', done: 0, total: 48_000 })
    expect(screen.getByRole('status').textContent).toBe('Taking a backup, then saving 48,000 contacts to your journal…')
    // Saving has no count of its own: the bar says so by having no value.
    expect(screen.getByRole('progressbar', { name: 'Saving' }).getAttribute('aria-valuenow')).toBeNull()
    await act(async () => applyCall.answer(applied))
  })
})
