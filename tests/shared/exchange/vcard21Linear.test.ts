import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeQuotedPrintable, logicalLines, vcard21To30 } from '../../../shared/exchange/vcard21'

/** The join as it was (it copied the growing line at every fold): the reference the linear one must match. */
function referenceLogicalLines(card: string): string[] {
  const lines: string[] = []
  let continuesQP = false
  for (const raw of card.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1
    if (continuesQP && last >= 0) lines[last] = lines[last]!.slice(0, -1) + raw.replace(/^[ \t]+/, '')
    else if (/^[ \t]/.test(raw) && last >= 0) lines[last] += raw.slice(1)
    else if (raw !== '') lines.push(raw)
    const current = lines[lines.length - 1] ?? ''
    continuesQP = /QUOTED-PRINTABLE/i.test(current.split(':', 1)[0] ?? '') && current.endsWith('=')
  }
  return lines
}

/** The decoder as it was (a TextEncoder per character), for UTF-8 text. */
function referenceDecode(value: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else for (const byte of new TextEncoder().encode(value[i]!)) bytes.push(byte)
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes))
}

const pieces = ['NOTE;ENCODING=QUOTED-PRINTABLE:', 'FN:', 'PHOTO;BASE64:', '=', '==', '=C3=A4', 'ab', ' ', '\t', '\r\n', '\n', '\r', ':', 'x=']

describe('vCard 2.1 folded lines, joined in linear time', () => {
  it('join exactly as the old quadratic join did, on any mix of folds and soft breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const card = parts.join('')
        expect(logicalLines(card)).toEqual(referenceLogicalLines(card))
      }),
      { numRuns: 2_000 },
    )
  })

  it('decode quoted-printable exactly as before, a run of plain text at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('=', '=C3', '=A4', '=3D', '=E2=82=AC', 'a', 'ü', '=g1', '=0'), { maxLength: 40 }), (parts) => {
        const value = parts.join('')
        expect(decodeQuotedPrintable(value, 'utf-8')).toBe(referenceDecode(value))
      }),
      { numRuns: 2_000 },
    )
    // The old decoder split a character outside the BMP into two halves (two replacement characters); now it is kept.
    expect(decodeQuotedPrintable('Hi =F0=9F=98=80 😀', 'utf-8')).toBe('Hi 😀 😀')
  })

  it('a 160,000-soft-break note and a 500 KB folded photo come out whole', () => {
    const note = `NOTE;ENCODING=QUOTED-PRINTABLE:${Array.from({ length: 160_000 }, () => 'ab').join('=\r\n')}`
    expect(logicalLines(note)).toEqual([`NOTE;ENCODING=QUOTED-PRINTABLE:${'ab'.repeat(160_000)}`])
    const photo = `PHOTO;ENCODING=BASE64;JPEG:${Array.from({ length: 8_000 }, () => 'A'.repeat(64)).join('\r\n ')}`
    expect(logicalLines(photo)[0]).toHaveLength('PHOTO;ENCODING=BASE64;JPEG:'.length + 8_000 * 64)
    const out = vcard21To30(['BEGIN:VCARD', 'VERSION:2.1', note, 'END:VCARD', ''].join('\r\n'))
    expect(out).toContain(`NOTE:${'ab'.repeat(160_000)}\r\n`)
  })
})
