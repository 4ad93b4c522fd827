/**
 * vCard 2.1 (Outlook, older Android) is not read by ical.js, which knows 3.0 and 4.0.
 * This pre-pass rewrites one 2.1 card as 3.0 text: it joins QUOTED-PRINTABLE soft
 * line breaks, decodes QUOTED-PRINTABLE in the named CHARSET, turns value-less
 * parameters (`TEL;WORK;VOICE:`) into TYPE=, and escapes the decoded text the 3.0 way.
 */

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B'])
/** Properties whose value is several components or a list: their `;` and `,` separate, not belong to, the text. */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'CATEGORIES'])

export function isVCard21(card: string): boolean {
  return /^VERSION:\s*2\.1\s*$/im.test(card)
}

/** Joins folded lines; a QUOTED-PRINTABLE line ending in `=` continues on the next line. */
function logicalLines(card: string): string[] {
  const lines: string[] = []
  let continuesQP = false
  for (const raw of card.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1
    if (continuesQP && last >= 0) {
      lines[last] = lines[last]!.slice(0, -1) + raw.replace(/^[ \t]+/, '')
    } else if (/^[ \t]/.test(raw) && last >= 0) {
      lines[last] += raw.slice(1)
    } else if (raw !== '') {
      lines.push(raw)
    }
    const current = lines[lines.length - 1] ?? ''
    continuesQP = /QUOTED-PRINTABLE/i.test(current.split(':', 1)[0] ?? '') && current.endsWith('=')
  }
  return lines
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      // Anything outside ASCII here was already decoded as UTF-8 when the file was read.
      for (const byte of new TextEncoder().encode(value[i]!)) bytes.push(byte)
    }
  }
  if (/^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(charset)) {
    // Outlook's "Western" text. Node's TextDecoder reads it as ISO-8859-1 (0x80 is no €), so map it here.
    return bytes.map((byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte))).join('')
  }
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset)
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.decode(new Uint8Array(bytes))
}

/** Windows-1252's characters for bytes 0x80 to 0x9F (WHATWG reads ISO-8859-1 labels this way too). */
const CP1252_80_9F = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ']

/** 2.1 escapes only `\;`; 3.0 text also escapes `\`, `,` and line breaks. */
function escapeAs30(value: string, name: string): string {
  // ical.js leaves `\;` escaped in plain text values, so there a semicolon goes in bare (it needs no escape).
  const text = STRUCTURED.has(name) ? value : value.replace(/\\;/g, ';')
  return text
    .replace(/\\(?!;)/g, '\\\\')
    .replace(/,/g, name === 'CATEGORIES' ? ',' : '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Rewrites one 2.1 card as 3.0 text that ical.js can parse. */
export function vcard21To30(card: string): string {
  const out: string[] = []
  for (const line of logicalLines(card)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const [nameWithGroup = '', ...params] = line.slice(0, colon).split(';')
    const name = (nameWithGroup.split('.').pop() ?? '').toUpperCase()
    let value = line.slice(colon + 1)
    if (name === 'VERSION') {
      out.push('VERSION:3.0')
      continue
    }
    if (name === 'BEGIN' || name === 'END') {
      out.push(`${name}:${value.trim()}`)
      continue
    }
    let charset = 'utf-8'
    let encoding = ''
    const kept: string[] = []
    for (const param of params) {
      const [key = '', paramValue] = param.split('=', 2)
      const upperKey = key.trim().toUpperCase()
      if (paramValue === undefined) {
        if (ENCODINGS.has(upperKey)) encoding = upperKey
        else if (upperKey) kept.push(`TYPE=${upperKey}`)
      } else if (upperKey === 'ENCODING') encoding = paramValue.trim().toUpperCase()
      else if (upperKey === 'CHARSET') charset = paramValue.trim()
      else kept.push(`${upperKey}=${paramValue}`)
    }
    if (encoding === 'QUOTED-PRINTABLE') value = escapeAs30(decodeQuotedPrintable(value, charset), name)
    else if (encoding === 'BASE64' || encoding === 'B') kept.push('ENCODING=b')
    else value = escapeAs30(value, name)
    out.push([nameWithGroup, ...kept].join(';') + ':' + value)
  }
  return out.join('\r\n') + '\r\n'
}
