import { describe, expect, it } from 'vitest'
import { changedChoices, describeCounts, estimateContacts } from '../../../renderer/src/components/exchange/importFile'
import { formatBytes } from '../../../renderer/src/lib/format'
import { preview } from './previewFixture'

describe('what the import page says about a file', () => {
  it('estimates contacts in a vCard by its cards, and in a LinkedIn CSV without the preamble and header', () => {
    expect(estimateContacts('BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nbegin:vcard\r\nFN:B\r\nEND:VCARD\r\n')).toBe(2)
    const linkedIn =
      '\uFEFFNotes:\r\n"When exporting your connection data…"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nA,B,,,,,1 Jan 2024\r\nC,D,,,,,2 Jan 2024\r\n'
    expect(estimateContacts(linkedIn)).toBe(2)
    expect(estimateContacts('Given Name,Family Name,E-mail 1 - Value\nAna,Lima,ana@example.com\n')).toBe(1)
  })

  it('counts as the summary line reads', () => {
    expect(describeCounts({ new: 42, merge: 3, skip: 5, errors: 2 })).toBe('42 new, 3 to merge, 5 skipped, 2 errors')
    expect(describeCounts({ new: 10_000, merge: 0, skip: 1, errors: 1 })).toBe('10,000 new, 0 to merge, 1 skipped, 1 error')
  })

  it('sends only the rows the user changed, keyed by line number', () => {
    expect(changedChoices(preview.rows, {})).toBeUndefined()
    // Choosing what was proposed anyway is no change.
    expect(changedChoices(preview.rows, { 5: 'new', 6: 'skip', 7: 'new' })).toEqual({ '6': 'skip', '7': 'new' })
  })

  it('gives sizes in the unit a person reads', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB')
    // As a person says it: "7 MB", not "7.0 MB"; a fraction only when there is one.
    expect(formatBytes(7 * 1024 * 1024)).toBe('7 MB')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB')
    expect(formatBytes(12 * 1024 + 300)).toBe('12 KB')
  })
})
