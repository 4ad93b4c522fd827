import { describe, expect, it } from 'vitest'
import { readImport } from '../../../shared/exchange'
import { fixtureText } from './fixtures'

const read = (name: string) => readImport(name, fixtureText(name))
const contact = (name: string, index: number) => read(name).contacts[index]!.contact

describe('LinkedIn Connections.csv', () => {
  it('skips the BOM and the Notes: preamble, and reads every connection with its line number', () => {
    const result = read('linkedin-connections.csv')
    expect(result.format).toBe('linkedin')
    expect(result.contacts.map((c) => [c.line, c.contact.name])).toEqual([
      [5, 'José Núñez'],
      [6, '美咲 佐藤'],
      [7, 'Anna Schmidt'],
      [8, "Bob O'Brien"],
    ])
    expect(result.errors).toEqual([])
  })

  it('turns "Connected On" into the first-met date and the URL into a LinkedIn link', () => {
    expect(contact('linkedin-connections.csv', 0)).toMatchObject({
      company: 'Acme, Inc.',
      role: 'Head of Sales',
      metOn: '2023-01-15',
      links: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/jose-nunez' }],
    })
    expect(contact('linkedin-connections.csv', 1)).toMatchObject({ company: '東京商事', emails: ['misaki@example.jp'], metOn: '2021-02-03' })
  })

  it('keeps quoted semicolons and quotes in a company, and warns about a "Connected On" that is no date', () => {
    const row = read('linkedin-connections.csv').contacts[3]!
    expect(row.contact.company).toBe('Foo; Bar "Quoted"')
    expect(row.contact.metOn).toBeUndefined()
    expect(row.warnings[0]).toMatch(/not a date like 15 Jan 2023/)
  })

  it('reads older exports without the URL column, by header name', () => {
    const result = read('linkedin-no-url.csv')
    expect(result.format).toBe('linkedin')
    expect(result.contacts.map((c) => c.contact)).toMatchObject([
      { name: 'José Núñez', company: 'Acme, Inc.', links: [], metOn: '2023-01-15' },
      { name: 'Chloé Dubois', company: 'Boulangerie Étoile', emails: ['chloe@example.fr'], metOn: '2019-12-28' },
    ])
  })

  it('is recognised by its content even when the file is not called .csv', () => {
    expect(readImport('export.txt', fixtureText('linkedin-connections.csv')).format).toBe('linkedin')
  })
})

describe('Google Contacts CSV', () => {
  it('reads the current layout by header name: several emails, labels as tags, website and notes', () => {
    const result = read('google-current.csv')
    expect(result.format).toBe('google')
    expect(result.contacts[0]!.contact).toEqual({
      name: 'José Núñez',
      company: 'Acme, Inc.',
      role: 'Head of Sales',
      emails: ['jose@acme.example', 'jose.n@example.com', 'jose@home.example'],
      phones: ['+1 555 010 2030'],
      links: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/jose-nunez' }],
      tags: ['Leads group', 'Golf'],
      note: 'Met at the mixer; likes golf, tennis',
    })
  })

  it('drops Google system groups from the labels and says a photo was left out', () => {
    const wang = read('google-current.csv').contacts[2]!
    expect(wang.contact).toMatchObject({ name: 'Wang Fang', company: '王氏贸易', tags: [] })
    expect(wang.warnings).toEqual(['Its photo was left out: Kith keeps no photos.'])
  })

  it('reads the legacy layout (Name, Given Name, Group Membership, Organization 1 - Name)', () => {
    const result = read('google-legacy.csv')
    expect(result.format).toBe('google')
    expect(result.contacts[0]!.contact).toEqual({
      name: 'María García',
      company: 'Ferretería García',
      role: 'Owner',
      emails: ['maria@example.es'],
      phones: ['+34 600 123 456'],
      links: [{ label: 'Blog', url: 'https://maria.example.es' }],
      tags: ['Chamber'],
      note: 'Chamber mixer, 2019',
    })
  })
})

describe('vCard', () => {
  it('reads Outlook 2.1: QUOTED-PRINTABLE in UTF-8 and ISO-8859-1, soft line breaks, value-less parameters', () => {
    const result = read('outlook-2.1.vcf')
    expect(result.format).toBe('vcard')
    expect(result.contacts.map((c) => c.line)).toEqual([1, 17])
    expect(result.contacts[0]!.contact).toEqual({
      name: 'Jörg Müller',
      company: 'Müller; Söhne GmbH',
      role: 'Geschäftsführer',
      emails: ['joerg@example.de'],
      phones: ['+49 30 1234567', '+49 170 7654321'],
      links: [],
      tags: [],
      note: 'Erste Zeile, mit Komma\nZweite Zeile; mit Semikolon und einer sehr langen Zeile, die umbrochen wurde',
    })
    expect(result.contacts[1]!.contact).toMatchObject({ name: 'Renée François', phones: ['01 23 45 67 89'] })
    expect(result.notices).toEqual(['1 photo was left out: Kith keeps no photos.'])
  })

  it('reads Apple 3.0: escaped commas and semicolons, folded lines, grouped properties with X-ABLabel', () => {
    const result = read('apple-3.0.vcf')
    expect(result.contacts[0]!.contact).toEqual({
      name: 'John Doe, Jr.',
      company: 'Acme; Partners',
      role: 'Partner',
      emails: ['john@example.com', 'jd@example.org'],
      phones: ['+1 (555) 123-4567'],
      links: [
        { label: 'HomePage', url: 'https://john.example.com' },
        { label: 'LinkedIn', url: 'https://www.linkedin.com/in/johndoe' },
      ],
      tags: ['Chamber', 'Jazz, music'],
      note: 'Met at the chamber mixer, loves jazz; plays sax.\nSecond line of a note that was folded.',
    })
    expect(result.contacts[0]!.warnings).toEqual(['Its photo was left out: Kith keeps no photos.'])
    expect(result.contacts[1]!.contact).toMatchObject({ name: '李小龙', company: '北京科技有限公司' })
  })

  it('reads 4.0 (tel: URIs, RELATED;TYPE=met) and lists a broken card as a row error with its line', () => {
    const result = read('rfc6350-4.0.vcf')
    expect(result.contacts).toHaveLength(1)
    expect(result.contacts[0]!.contact).toMatchObject({
      name: 'Zoë Ångström',
      phones: ['+46-70-123-45-67'],
      introducedBy: { name: 'Karin Berg' },
      note: 'Commas, semicolons; and a backslash \\ all survive.',
    })
    expect(result.errors).toEqual([{ line: 12, message: expect.stringMatching(/^This card could not be read/) }])
  })

  it('reports a card cut short (no END:VCARD) at the line it starts on', () => {
    const result = readImport('cut.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut\n')
    expect(result.contacts.map((c) => c.contact.name)).toEqual(['Ann'])
    expect(result.errors).toEqual([{ line: 5, message: 'This card has no END:VCARD: the file may be cut short.' }])
  })
})
