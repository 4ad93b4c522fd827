import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { KithApiError } from '../../../shared/api/envelope'
import type { ImportResult } from '../../../shared/exchange/api'
import { ImportSection } from '../../../renderer/src/components/exchange/ImportSection'
import { fakeKith, renderWithKith } from '../fakeKith'
import { preview } from './previewFixture'

const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nDana,Reyes,,,,,15 Jan 2023\n'

const applied: ImportResult = { created: 1, merged: 0, skipped: 2, errors: 1, backupFile: 'journal-2026-11-30-before-import.json' }

function chooseFile(file: File) {
  const input = screen.getByLabelText('Contacts file to import')
  fireEvent.change(input, { target: { files: [file] } })
}

describe('importing a file', () => {
  it('refuses a 50 MB file without reading it or calling the API', async () => {
    const kith = fakeKith()
    renderWithKith(<ImportSection />, kith)
    const huge = new File(['x'], 'phone-backup.vcf', { type: 'text/vcard' })
    // A real 50 MB buffer is not needed: the size is what is checked, before any reading.
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 })
    chooseFile(huge)

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Nothing was imported from phone-backup.vcf')).toBeTruthy()
    expect(alert.textContent).toMatch(/is 50\.0 MB; Kith imports files up to 7\.0 MB/)
    expect(kith.calls).toEqual([])
  })

  it('refuses an empty file with what was expected', async () => {
    const kith = fakeKith()
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([], 'contacts.csv', { type: 'text/csv' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/is empty\. Kith expected a vCard/)
    expect(kith.calls).toEqual([])
  })

  it("shows the back end's refusal of a file it cannot read, and nothing is applied", async () => {
    const refusal = 'Kith could not tell what "export.csv" holds. It expected a vCard (starting with BEGIN:VCARD), a LinkedIn Connections.csv …'
    const kith = fakeKith({
      'import:preview': () => {
        throw new KithApiError({ message: refusal })
      },
    })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File(['Name,Phone,Favourite colour\nAlice,123,blue\n'], 'export.csv', { type: 'text/csv' }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(refusal)
    expect(kith.callsTo('import:preview')).toEqual([{ fileName: 'export.csv', text: 'Name,Phone,Favourite colour\nAlice,123,blue\n' }])
    expect(kith.callsTo('import:apply')).toEqual([])
    // The user can choose another file straight away.
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy()
  })

  it('shows the preview, lets a row be changed, and sends that choice to import:apply', async () => {
    const kith = fakeKith({ 'import:preview': () => preview, 'import:apply': () => applied })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))

    expect(await screen.findByText('Preview of Connections.csv')).toBeTruthy()
    expect(screen.getByTestId('import-counts').textContent).toBe('1 new, 1 to merge, 1 skipped, 1 error')
    expect(screen.getByText('Line 8: This row has neither a name nor an email address.')).toBeTruthy()
    expect(screen.getByText('Marcus Bell, same email')).toBeTruthy()
    expect(screen.getByText('Adds first-met date, 1 link')).toBeTruthy()
    expect(screen.getByText(/"Connected On" \(soon\) is not a date/)).toBeTruthy()
    // Nothing is written before the user confirms.
    expect(kith.callsTo('import:apply')).toEqual([])

    await userEvent.selectOptions(screen.getByLabelText('What to do with Marcus Bell (line 6)'), 'skip')
    expect(screen.getByTestId('import-counts').textContent).toBe('1 new, 0 to merge, 2 skipped, 1 error')
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 person' }))

    await waitFor(() => expect(kith.callsTo('import:apply')).toEqual([{ previewId: 'pv-1', choices: { '6': 'skip' } }]))
    expect((await screen.findByTestId('import-result')).textContent).toBe('1 new person added, 0 people updated, 2 skipped, 1 row with errors left out.')
  })

  it('undoes the import from the backup after the user confirms', async () => {
    const kith = fakeKith({ 'import:preview': () => preview, 'import:apply': () => applied, 'backups:restore': () => ({}) })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 person, merge 1' }))
    await screen.findByTestId('import-result')

    // The page's button asks first; nothing is restored until the user says so.
    const resultPanel = screen.getByTestId('import-result').parentElement!
    await userEvent.click(within(resultPanel).getByRole('button', { name: 'Undo import' }))
    const dialog = await screen.findByRole('dialog', { name: 'Undo this import?' })
    expect(kith.callsTo('backups:restore')).toEqual([])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo import' }))

    await waitFor(() => expect(kith.callsTo('backups:restore')).toEqual([{ file: 'journal-2026-11-30-before-import.json' }]))
    expect(await screen.findByText('The import of Connections.csv was undone')).toBeTruthy()
  })

  it('offers the undo in the notification too, with its own confirmation', async () => {
    const kith = fakeKith({ 'import:preview': () => preview, 'import:apply': () => applied, 'backups:restore': () => ({}) })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 person, merge 1' }))
    const summary = await screen.findByText('1 new person added, 0 people updated, 2 skipped, 1 row with errors left out.', {
      selector: '.mantine-Notification-description *',
    })
    const notice = summary.closest<HTMLElement>('.mantine-Notification-root')!

    await userEvent.click(within(notice).getByRole('button', { name: 'Undo import' }))
    expect(kith.callsTo('backups:restore')).toEqual([])
    await userEvent.click(await within(notice).findByRole('button', { name: 'Yes, undo it' }))

    await waitFor(() => expect(kith.callsTo('backups:restore')).toEqual([{ file: 'journal-2026-11-30-before-import.json' }]))
    expect(await screen.findByText('The import of Connections.csv was undone')).toBeTruthy()
  })

  it('keeps the preview and says why when applying fails', async () => {
    const kith = fakeKith({
      'import:preview': () => preview,
      'import:apply': () => {
        throw new Error('This import preview has expired (another file was previewed since, or Kith restarted). Choose the file again.')
      },
    })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 person, merge 1' }))

    expect(await screen.findByText('The import was not saved')).toBeTruthy()
    expect(screen.getByText(/This import preview has expired/)).toBeTruthy()
    expect(screen.getByText('Preview of Connections.csv')).toBeTruthy()
  })
})

describe('choosing what each row does', () => {
  it('changes every row on show at once, and back to the proposals', async () => {
    const kith = fakeKith({ 'import:preview': () => preview, 'import:apply': () => applied })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))
    await screen.findByText('Preview of Connections.csv')

    await userEvent.click(screen.getByRole('button', { name: 'Change these 3 rows' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Skip them' }))
    expect(screen.getByTestId('import-counts').textContent).toBe('0 new, 0 to merge, 3 skipped, 1 error')
    expect(screen.getByRole('button', { name: 'Nothing to import' }).hasAttribute('disabled')).toBe(true)

    // "Merge" only fits the row whose match has something to add; the others stay skipped.
    await userEvent.click(screen.getByRole('button', { name: 'Change these 3 rows' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Merge those that match someone' }))
    expect(screen.getByTestId('import-counts').textContent).toBe('0 new, 1 to merge, 2 skipped, 1 error')

    await userEvent.click(screen.getByRole('button', { name: 'Change these 3 rows' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Back to what Kith proposed' }))
    expect(screen.getByTestId('import-counts').textContent).toBe('1 new, 1 to merge, 1 skipped, 1 error')
  })

  it('offers merging only where the match has something to add', async () => {
    const kith = fakeKith({ 'import:preview': () => preview })
    renderWithKith(<ImportSection />, kith)
    chooseFile(new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' }))
    const options = async (label: string) =>
      within(await screen.findByLabelText(label))
        .getAllByRole('option')
        .map((option) => option.textContent)
    expect(await options('What to do with Dana Reyes (line 5)')).toEqual(['Add as new person', 'Skip'])
    expect(await options('What to do with Marcus Bell (line 6)')).toEqual(['Merge into match', 'Add as new person', 'Skip'])
    expect(await options('What to do with Noah Williams (line 7)')).toEqual(['Skip', 'Add as new person'])
  })

  it('takes a file dropped on the drop zone', async () => {
    const kith = fakeKith({ 'import:preview': () => preview })
    renderWithKith(<ImportSection />, kith)
    const zone = screen.getByText('Bring your contacts in').closest<HTMLElement>('[data-dropzone]')!
    fireEvent.drop(zone, { dataTransfer: { files: [new File([LINKEDIN], 'Connections.csv', { type: 'text/csv' })] } })
    expect(await screen.findByText('Preview of Connections.csv')).toBeTruthy()
    expect(kith.callsTo('import:preview')).toEqual([{ fileName: 'Connections.csv', text: LINKEDIN }])
  })
})
