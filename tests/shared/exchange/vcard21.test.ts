import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { isVCard21, vcard21To30 } from '../../../shared/exchange/vcard21'
import { unescapeTextSemicolons } from '../../../shared/exchange/vcardText'

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:2.1', ...lines, 'END:VCARD', ''].join('\r\n')
const parsed = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[])

describe('the vCard 2.1 pre-pass', () => {
  it('recognises 2.1 cards only', () => {
    expect(isVCard21(card())).toBe(true)
    expect(isVCard21('BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD')).toBe(false)
  })

  it('turns value-less parameters into TYPE= so ical.js accepts them', () => {
    const out = vcard21To30(card('TEL;WORK;VOICE:+1 555 0100', 'EMAIL;PREF;INTERNET:a@example.com'))
    expect(out).toContain('TEL;TYPE=WORK;TYPE=VOICE:+1 555 0100')
    const tel = parsed(out).getFirstProperty('tel')!
    expect(tel.getFirstValue()).toBe('+1 555 0100')
  })

  it('joins QUOTED-PRINTABLE soft line breaks and decodes the bytes in the named CHARSET', () => {
    const out = vcard21To30(card('NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe aus K=C3=B6l=', 'n, und =E2=82=AC'))
    expect(parsed(out).getFirstPropertyValue('note')).toBe('Grüße aus Köln, und €')
    const latin = vcard21To30(card('FN;CHARSET=windows-1252;QUOTED-PRINTABLE:Fran=E7ois =80'))
    expect(parsed(latin).getFirstPropertyValue('fn')).toBe('François €')
  })

  it('keeps decoded line breaks, commas and semicolons as text, not as new properties or components', () => {
    const out = vcard21To30(card('NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0AEND:VCARD=0D=0Ab, c; d', 'ORG:Smith\\; Sons;Sales'))
    const vcard = parsed(out)
    expect(vcard.getFirstPropertyValue('note')).toBe('a\nEND:VCARD\nb, c; d')
    expect(vcard.getFirstPropertyValue('org')).toEqual(['Smith; Sons', 'Sales'])
  })

  it('keeps a base64 photo readable as binary so it can be left out gracefully', () => {
    const out = vcard21To30(card('PHOTO;ENCODING=BASE64;TYPE=JPEG:', ' /9j/4AAQ', ' SkZJRg==', ''))
    expect(parsed(out).getFirstProperty('photo')).not.toBeNull()
  })
})

describe('semicolons in 3.0/4.0 text', () => {
  it('unescapes \\; outside structured properties, leaves a literal backslash before a semicolon alone', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:a\\; b \\\\; c\r\nN:Doe\\;x;Jo;;;\r\nEND:VCARD\r\n'
    const vcard = parsed(unescapeTextSemicolons(text))
    expect(vcard.getFirstPropertyValue('note')).toBe('a; b \\; c')
    expect(vcard.getFirstPropertyValue('n')).toEqual(['Doe;x', 'Jo', '', '', ''])
  })
})
