import { describe, expect, it } from 'vitest'
import { ImportRefused, MAX_IMPORT_BYTES, checkImportSize, readImport } from '../../../shared/exchange'
import { ImportPreviewInput } from '../../../shared/exchange/schemas'
import { fixtureText } from './fixtures'

const refusal = (fileName: string, text: string) => {
  try {
    readImport(fileName, text)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefused)
    return (error as Error).message
  }
  throw new Error('expected the import to be refused')
}

describe('files that are not contacts are refused with what was expected', () => {
  it('an empty file, or one holding only a BOM and blank lines', () => {
    expect(refusal('empty.csv', fixtureText('empty.csv'))).toMatch(
      /"empty.csv" is empty. Kith expected a vCard \(.vcf\) or a CSV export from LinkedIn or Google Contacts/,
    )
    expect(refusal('blank.vcf', '\uFEFF\r\n  \n')).toMatch(/is empty/)
  })

  it('a binary file (NUL bytes)', () => {
    expect(refusal('binary.vcf', fixtureText('binary.vcf'))).toMatch(/"binary.vcf" is not a text file/)
  })

  it('a file that is not UTF-8, pointing at the first unreadable line', () => {
    expect(refusal('latin1.csv', fixtureText('latin1.csv'))).toMatch(/is not UTF-8 text \(the first unreadable character is on line 2\)\. Save it as UTF-8/)
  })

  it('a CSV with an unknown header names the headers Kith reads and shows what it found', () => {
    const message = refusal('unknown-header.csv', fixtureText('unknown-header.csv'))
    expect(message).toMatch(/First Name, Last Name, URL, Email Address, Company, Position, Connected On/)
    expect(message).toMatch(/Given Name or First Name and E-mail 1 - Value/)
    expect(message).toMatch(/Its first line is: Name,Phone,Favourite colour/)
  })

  it('a header with no rows, or a vCard file with no card in it', () => {
    expect(refusal('c.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n')).toMatch(/holds no contacts/)
    expect(refusal('x.vcf', 'BEGIN:VCARD\nEND:VCALENDAR\n')).toMatch(/no END:VCARD|holds no contacts/)
  })

  it('a 50 MB file is refused from its size alone, before it is read', () => {
    expect(() => checkImportSize('huge.vcf', 50 * 1024 * 1024)).toThrow(/"huge.vcf" is 50.0 MB; Kith imports files up to 7.0 MB/)
    expect(() => checkImportSize('ok.csv', MAX_IMPORT_BYTES)).not.toThrow()
    expect(() => checkImportSize('none.csv', 0)).toThrow(/is empty/)
  })

  it('the import call itself refuses text over the limit with a readable field error', () => {
    const result = ImportPreviewInput.safeParse({ fileName: 'big.csv', text: 'x'.repeat(MAX_IMPORT_BYTES + 1) })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['text'], message: expect.stringMatching(/must be at most 7 MB/) })
  })
})

describe('row errors carry the line they are on', () => {
  it('a CSV row with more fields than the header, and a row with no name and no email', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Ann,Lee,,,Acme,CEO,1 Jan 2020,extra\n' +
      ',,,,Acme,,2 Feb 2021\n' +
      'Bo,Ek,,,,,\n'
    const result = readImport('c.csv', text)
    expect(result.errors).toEqual([{ line: 2, message: expect.stringMatching(/has 8 fields but the header has 7/) }])
    expect(result.contacts.map((c) => [c.line, c.contact.name])).toEqual([
      [3, ''],
      [4, 'Bo Ek'],
    ])
  })

  it('a quoted field spanning lines keeps the next row on its real line', () => {
    const text = 'First Name,Last Name,Email Address,Company,Position,Connected On\n"Ann","Lee",,"Two\nline company",,1 Jan 2020\nBo,Ek,,,,2 Jan 2020\n'
    expect(readImport('c.csv', text).contacts.map((c) => [c.line, c.contact.company])).toEqual([
      [2, 'Two\nline company'],
      [4, undefined],
    ])
  })
})
