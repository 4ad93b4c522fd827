/**
 * vCard 2.1 (Outlook, older Android) is not read by ical.js, which knows 3.0 and 4.0.
 * This pre-pass rewrites one 2.1 card as 3.0 text: it joins QUOTED-PRINTABLE soft
 * line breaks, decodes QUOTED-PRINTABLE in the named CHARSET, turns value-less
 * parameters (`TEL;WORK;VOICE:`) into TYPE=, and escapes the decoded text the 3.0 way.
 */
import { runAtOnce, type Steps } from './slices'

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B'])
/** Properties whose value is several components or a list: their `;` and `,` separate, not belong to, the text. */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'CATEGORIES'])

export function isVCard21(card: string): boolean {
  return /^VERSION:\s*2\.1\s*$/im.test(card)
}

/**
 * Joins folded lines; a QUOTED-PRINTABLE line ending in `=` continues on the next line.
 * Each logical line is gathered as a list of pieces and joined once: appending to a growing
 * string copied it for every fold (a 500 KB photo took 13 s; 160,000 soft breaks, 27 s).
 */
export function logicalLines(card: string): string[] {
  return runAtOnce(logicalLineSteps(card))
}

/** The same, a few thousand physical lines a step (see slices.ts). */
function* logicalLineSteps(card: string): Steps<string[]> {
  const lines: string[] = []
  let pieces: string[] = []
  const header = new HeaderProbe()
  let continuesQP = false
  const finish = () => {
    if (pieces.length) lines.push(pieces.join(''))
    pieces = []
  }
  // Line by line from the text, never split at once: one card of 160,000 soft breaks split whole held the main process 30 ms and more.
  const lineEnd = /\r\n|\r|\n/g
  for (let index = 0, offset = 0; offset <= card.length; index++) {
    const end = lineEnd.exec(card)
    const raw = card.slice(offset, end ? end.index : card.length)
    offset = end ? lineEnd.lastIndex : card.length + 1
    if (index % 2_000 === 1_999) yield
    let piece = ''
    if (continuesQP && pieces.length) {
      // The soft break's `=` goes (pieces are never empty, so it ends the last one); so does the next line's indent.
      const last = pieces.pop()!.slice(0, -1)
      if (last) pieces.push(last)
      header.dropLast()
      piece = raw.replace(/^[ \t]+/, '')
    } else if (/^[ \t]/.test(raw) && pieces.length) {
      piece = raw.slice(1)
    } else if (raw !== '') {
      finish()
      header.reset()
      piece = raw
    }
    if (piece) {
      pieces.push(piece)
      header.add(piece)
    }
    continuesQP = header.quotedPrintable && pieces.length > 0 && pieces[pieces.length - 1]!.endsWith('=')
  }
  finish()
  return lines
}

/**
 * Whether a logical line's name and parameters (before its first `:`) say QUOTED-PRINTABLE,
 * followed piece by piece: only the last few characters are kept, so a long header costs no copies.
 */
class HeaderProbe {
  quotedPrintable = false
  private done = false
  private tail = ''

  reset(): void {
    this.quotedPrintable = false
    this.done = false
    this.tail = ''
  }

  add(piece: string): void {
    if (this.done) return
    const colon = piece.indexOf(':')
    const probe = this.tail + (colon === -1 ? piece : piece.slice(0, colon))
    if (/QUOTED-PRINTABLE/i.test(probe)) this.quotedPrintable = true
    this.tail = probe.slice(-16)
    this.done = colon !== -1
  }

  /** A soft break's `=` left the line: while the header is open it was the header's last character. */
  dropLast(): void {
    if (!this.done) this.tail = this.tail.slice(0, -1)
  }
}

const utf8 = new TextEncoder()

export function decodeQuotedPrintable(value: string, charset: string): string {
  // Bytes go into one buffer sized for the worst case (3 UTF-8 bytes a character): a list of numbers
  // grown a byte at a time took 135-300 ms for one 320 KB note.
  const bytes = new Uint8Array(value.length * 3)
  let size = 0
  let plainFrom = 0
  // Text between escapes is encoded a run at a time, not a character at a time.
  const plainUpTo = (end: number) => {
    if (end <= plainFrom) return
    const run = value.slice(plainFrom, end)
    // Anything outside ASCII here was already decoded as UTF-8 when the file was read.
    if (isAscii(run)) for (let i = 0; i < run.length; i++) bytes[size++] = run.charCodeAt(i)
    else size += utf8.encodeInto(run, bytes.subarray(size)).written
  }
  for (let i = value.indexOf('='); i !== -1; i = value.indexOf('=', i + 1)) {
    if (!isHexPair(value, i + 1)) continue
    plainUpTo(i)
    bytes[size++] = parseInt(value.slice(i + 1, i + 3), 16)
    i += 2
    plainFrom = i + 1
  }
  plainUpTo(value.length)
  const decoded = bytes.subarray(0, size)
  if (/^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(charset)) {
    // Outlook's "Western" text. Node's TextDecoder reads it as ISO-8859-1 (0x80 is no €), so map it here.
    return Array.from(decoded, (byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte))).join('')
  }
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset)
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.decode(decoded)
}

const isAscii = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

const HEX = /^[0-9A-Fa-f]$/
const isHexPair = (text: string, at: number) => at + 1 < text.length && HEX.test(text[at]!) && HEX.test(text[at + 1]!)

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
  return runAtOnce(vcard21To30Steps(card))
}

/** The same, in steps, so one card of 160,000 soft breaks does not hold the main process. */
export function* vcard21To30Steps(card: string): Steps<string> {
  const out: string[] = []
  for (const line of yield* logicalLineSteps(card)) {
    yield
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const [nameWithGroup = '', ...params] = line.slice(0, colon).split(';')
    const name = (nameWithGroup.split('.').pop() ?? '').toUpperCase()
    let value = line.slice(colon + 1)
    if (name === 'VERSION') {
      out.push('VERSION:3.0')
      continue
    }
    if (name === 'PHOTO') {
      // Kith keeps no photos: the property stays (the card says it had one), its data is never decoded.
      out.push('PHOTO:')
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
