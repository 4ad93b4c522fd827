import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Person } from '../../../shared/domain'
import type { ImportPreview } from '../../../shared/exchange/api'
import type { PreviewRow } from '../../../shared/exchange/importPlan'
import { ExportSection } from '../../../renderer/src/components/exchange/ExportSection'
import { ImportPreviewPanel } from '../../../renderer/src/components/exchange/ImportPreviewPanel'
import { fakeKith, renderWithKith } from '../fakeKith'

function bigPreview(count: number): ImportPreview {
  const rows: PreviewRow[] = Array.from({ length: count }, (_, i) => ({ line: i + 2, name: `Contact ${i + 1}`, action: 'new', adds: [], warnings: [] }))
  return {
    previewId: 'pv-big',
    fileName: 'phone.vcf',
    format: 'vcard',
    formatName: 'vCard',
    rows,
    errors: [],
    notices: ['12 photos were left out: Kith keeps no photos.'],
    counts: { new: count, merge: 0, skip: 0, errors: 0 },
  }
}

describe('a large preview', () => {
  beforeEach(() => {
    // happy-dom lays nothing out; give the scrolling table a height so the virtualiser has rows to show.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(520)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(520)
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(900)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('puts only the visible rows of 10,000 in the page, with the counts and notices for all of them', async () => {
    renderWithKith(<ImportPreviewPanel preview={bigPreview(10_000)} busy={false} onConfirm={() => {}} onCancel={() => {}} />, fakeKith())
    expect(screen.getByTestId('import-counts').textContent).toBe('10,000 new, 0 to merge, 0 skipped, 0 errors')
    expect(screen.getByText('12 photos were left out: Kith keeps no photos.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Import 10,000 people' })).toBeTruthy()
    const region = screen.getByRole('region', { name: 'Rows to import' })
    await waitFor(() => expect(within(region).getByText('Contact 1')).toBeTruthy())
    const shown = within(region).getAllByRole('combobox').length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(100)
  })
})

describe('exporting', () => {
  const person = (id: string, name: string) => ({ id, name, company: 'Acme' }) as unknown as Person
  let saved: { download: string; href: string }[]

  beforeEach(() => {
    saved = []
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:kith-export')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ download: this.download, href: this.href })
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('exports everyone as vCard 4.0 by default, downloading the file under the name the back end gave', async () => {
    const kith = fakeKith({
      'export:vcard': () => ({ fileName: 'kith-contacts-2026-11-30.vcf', mimeType: 'text/vcard', text: 'BEGIN:VCARD\r\nEND:VCARD\r\n' }),
    })
    renderWithKith(<ExportSection />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Export vCard' }))
    await waitFor(() => expect(saved).toEqual([{ download: 'kith-contacts-2026-11-30.vcf', href: 'blob:kith-export' }]))
    expect(kith.callsTo('export:vcard')).toEqual([{ version: '4.0' }])
  })

  it('exports only the chosen people, as vCard 3.0 when asked', async () => {
    const kith = fakeKith({
      'people:list': () => [person('p-dana', 'Dana Reyes'), person('p-marcus', 'Marcus Bell')],
      'export:vcard': () => ({ fileName: 'kith-contacts.vcf', mimeType: 'text/vcard', text: '' }),
    })
    renderWithKith(<ExportSection />, kith)
    await userEvent.click(screen.getAllByLabelText('Only these people').find((el) => el.tagName === 'INPUT' && el.getAttribute('type') !== 'hidden')!)
    await userEvent.click(await screen.findByRole('option', { name: 'Marcus Bell (Acme)' }))
    await userEvent.click(screen.getByRole('radio', { name: '3.0, for older apps' }))
    await userEvent.click(screen.getByRole('button', { name: 'Export vCard' }))
    await waitFor(() => expect(kith.callsTo('export:vcard')).toEqual([{ personIds: ['p-marcus'], version: '3.0' }]))
  })

  it('exports the calendar and the whole journal, and says so when an export fails', async () => {
    const kith = fakeKith({
      'export:ical': () => ({ fileName: 'kith-calendar.ics', mimeType: 'text/calendar', text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }),
      'journal:export': () => ({ fileName: 'kith-journal.json', json: '{}' }),
      'export:csv': () => {
        throw new Error('Some of the chosen people are no longer in this journal. Choose them again.')
      },
    })
    renderWithKith(<ExportSection />, kith)
    await userEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }))
    await waitFor(() => expect(saved.map((s) => s.download)).toEqual(['kith-calendar.ics']))
    await userEvent.click(screen.getByRole('button', { name: 'Export journal (JSON)' }))
    await waitFor(() => expect(saved.map((s) => s.download)).toEqual(['kith-calendar.ics', 'kith-journal.json']))
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText('Could not export')).toBeTruthy()
    expect(screen.getByText(/no longer in this journal/)).toBeTruthy()
  })
})
