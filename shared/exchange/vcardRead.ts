import ICAL from 'ical.js'
import { isVCard21, vcard21To30Steps } from './vcard21'
import { runAtOnce, type Steps } from './slices'
import { unescapeTextSemicolons } from './vcardText'
import { isLinkedInUrl } from './text'
import type { ImportedContact, ReadContact, ReadResult, RowError } from './types'

type Prop = InstanceType<typeof ICAL.Property>

/** Splits a file into its cards, each with the line its BEGIN:VCARD is on. */
export function splitCards(text: string): { cards: Array<{ line: number; text: string }>; errors: RowError[] } {
  return runAtOnce(cardSplitSteps(text))
}

/** The same, a few thousand lines a step: one pass over the text, each card cut out once. */
export function* cardSplitSteps(text: string): Steps<{ cards: Array<{ line: number; text: string }>; errors: RowError[] }> {
  const cards: Array<{ line: number; text: string }> = []
  const errors: RowError[] = []
  const lineEnd = /\r\n|\r|\n/g
  let start = -1
  let startOffset = 0
  let depth = 0
  let offset = 0
  for (let index = 0; offset <= text.length; index++) {
    const end = lineEnd.exec(text)
    const lineStop = end ? end.index : text.length
    const upper = text.slice(offset, lineStop).trim().toUpperCase()
    if (upper === 'BEGIN:VCARD') {
      // 2.1 allows a card nested in AGENT: keep it inside its parent.
      if (depth === 0) {
        start = index
        startOffset = offset
      }
      depth++
    } else if (upper === 'END:VCARD' && depth > 0) {
      depth--
      if (depth === 0) cards.push({ line: start + 1, text: text.slice(startOffset, lineStop).split(/\r\n|\r|\n/).join('\r\n') + '\r\n' })
    }
    if (!end) break
    offset = lineEnd.lastIndex
    if (index % 2_000 === 1_999) yield
  }
  if (depth > 0) errors.push({ line: start + 1, message: 'This card has no END:VCARD: the file may be cut short.' })
  return { cards, errors }
}

/** Kith writes its ids as urn:uuid:… (or urn:kith:… for older ids). */
export function kithIdFromUri(uri: string): string | undefined {
  const match = /^urn:(?:uuid|kith):([A-Za-z0-9_-]{1,64})$/i.exec(uri.trim())
  return match?.[1]
}

const strings = (values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string')

function firstText(card: InstanceType<typeof ICAL.Component>, name: string): string | undefined {
  const value: unknown = card.getFirstPropertyValue(name)
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() ? first.trim() : undefined
}

/** Apple's grouped labels (`item1.URL` + `item1.X-ABLabel:_$!<HomePage>!$_`). */
function groupLabels(props: Prop[]): Map<string, string> {
  const labels = new Map<string, string>()
  for (const prop of props) {
    const group = prop.getParameter('group')
    if (prop.name === 'x-ablabel' && typeof group === 'string') {
      labels.set(group.toLowerCase(), String(prop.getFirstValue()).replace(/^_\$!<(.*)>!\$_$/, '$1'))
    }
  }
  return labels
}

function contactFromCard(card: InstanceType<typeof ICAL.Component>, warnings: string[]): ImportedContact {
  const props = card.getAllProperties()
  const labels = groupLabels(props)
  const n: unknown = card.getFirstPropertyValue('n')
  const nameParts = Array.isArray(n) ? [n[3], n[1], n[2], n[0], n[4]].flat().filter((p) => typeof p === 'string' && p.trim()) : []
  const contact: ImportedContact = {
    name: firstText(card, 'fn') ?? nameParts.join(' ').trim(),
    company: firstText(card, 'org'),
    role: firstText(card, 'title') ?? firstText(card, 'role'),
    emails: [],
    phones: [],
    links: [],
    tags: [],
  }
  const notes: string[] = []
  for (const prop of props) {
    const values = strings(prop.getValues().flat())
    const group = prop.getParameter('group')
    const label = typeof group === 'string' ? labels.get(group.toLowerCase()) : undefined
    switch (prop.name) {
      case 'email':
        contact.emails.push(...values.map((v) => v.replace(/^mailto:/i, '').trim()).filter(Boolean))
        break
      case 'tel':
        contact.phones.push(...values.map((v) => v.replace(/^tel:/i, '').trim()).filter(Boolean))
        break
      case 'url':
      case 'x-socialprofile':
        for (const url of values.map((v) => v.trim()).filter(Boolean)) {
          const type = prop.getParameter('type')
          contact.links.push({ label: isLinkedInUrl(url) ? 'LinkedIn' : (label ?? (typeof type === 'string' ? type : 'Website')), url })
        }
        break
      case 'categories':
        contact.tags.push(...values.map((v) => v.trim()).filter(Boolean))
        break
      case 'note':
        notes.push(...values.filter((v) => v.trim()))
        break
      case 'x-kith-met-on':
        if (/^\d{4}-\d{2}-\d{2}$/.test(values[0] ?? '')) contact.metOn = values[0]
        break
      case 'x-kith-id':
        contact.kithId = values[0]
        break
      case 'related':
        if (/\bmet\b/i.test(String(prop.getParameter('type') ?? ''))) {
          const value = values[0] ?? ''
          const id = kithIdFromUri(value)
          contact.introducedBy = id ? { kithId: id } : { name: value.trim() }
        }
        break
      case 'x-abrelatednames':
        if (label?.toLowerCase() === 'introduced by' && values[0]?.trim()) contact.introducedBy = { name: values[0].trim() }
        break
      case 'photo':
        warnings.push('Its photo was left out: Kith keeps no photos.')
        break
    }
  }
  if (notes.length) contact.note = notes.join('\n\n')
  return contact
}

/** Reads every card of a vCard 2.1, 3.0 or 4.0 file; a card that cannot be read becomes a row error. */
export function readVCards(text: string): ReadResult {
  return runAtOnce(vcardSteps(text))
}

/** The same, one card a step (see slices.ts). */
export function* vcardSteps(text: string): Steps<ReadResult> {
  const { cards, errors } = yield* cardSplitSteps(text)
  const contacts: ReadContact[] = []
  let photos = 0
  for (const [done, { line, text: cardText }] of cards.entries()) {
    yield { done, total: cards.length }
    try {
      const source = isVCard21(cardText) ? yield* vcard21To30Steps(cardText) : unescapeTextSemicolons(withoutPhotoData(cardText))
      const warnings: string[] = []
      const contact = contactFromCard(new ICAL.Component(ICAL.parse(source) as unknown[]), warnings)
      if (warnings.length) photos++
      contacts.push({ line, contact, warnings })
    } catch (error) {
      errors.push({ line, message: `This card could not be read (${error instanceof Error ? error.message : String(error)}).` })
    }
  }
  yield { done: cards.length, total: cards.length }
  const notices = photos ? [`${photos} photo${photos === 1 ? ' was' : 's were'} left out: Kith keeps no photos.`] : []
  return { format: 'vcard', contacts, errors, notices }
}

/**
 * Kith keeps no photos, so their data (most of a file's bytes) is never parsed: the
 * property stays, empty, so the card still says it had one.
 */
export function withoutPhotoData(card: string): string {
  const lines = card.split(/\r\n|\r|\n/)
  const out: string[] = []
  let inPhoto = false
  for (const line of lines) {
    if (inPhoto && /^[ \t]/.test(line)) continue
    inPhoto = /^([A-Za-z0-9-]+\.)?PHOTO[;:]/i.test(line)
    out.push(inPhoto ? `${line.slice(0, line.indexOf(':') + 1 || line.length)}` : line)
  }
  return out.join('\r\n')
}
