import { Email, IsoDate, LIMITS, Phone, Tag } from '../domain'
import { emailKey, linkKey, phoneKey } from './text'
import type { ImportedContact } from './types'
import { uniqueBy } from '../ops/uniqueBy'

/** The person schema's list maxima: a contact with more keeps the first ones and says so. */
export const LIST_MAX = { emails: 20, phones: 20, links: 20, tags: 50 } as const

export { uniqueBy }

export const phoneIdentity = (phone: string) => phoneKey(phone) ?? phone.trim()
export const tagIdentity = (tag: string) => tag.toLowerCase()

/**
 * Makes a contact fit the person schema: drops what cannot be stored (an invalid
 * email, a 70-character tag) with a warning, and returns an error message for a
 * contact that cannot be a person at all.
 */
export function cleanContact(raw: ImportedContact, warnings: string[]): { contact?: ImportedContact; error?: string } {
  const drop = (what: string, values: string[]) => {
    if (values.length) warnings.push(`${what} left out: ${values.map((v) => `"${v.slice(0, 60)}"`).join(', ')}.`)
  }
  const emails = uniqueBy(raw.emails.map((e) => e.trim()).filter(Boolean), emailKey)
  drop(
    'Not an email address,',
    emails.filter((e) => !Email.safeParse(e).success),
  )
  const phones = uniqueBy(raw.phones.map((p) => p.trim()).filter(Boolean), phoneIdentity)
  drop(
    'Phone number too long,',
    phones.filter((p) => !Phone.safeParse(p).success),
  )
  const tags = uniqueBy(raw.tags.map((t) => t.trim()).filter(Boolean), tagIdentity)
  drop(
    'Label too long for a tag,',
    tags.filter((t) => !Tag.safeParse(t).success),
  )
  const links = uniqueBy(
    raw.links.filter((l) => l.url.trim() && l.url.length <= 2_000),
    (l) => linkKey(l.url),
  )

  const contact: ImportedContact = {
    ...raw,
    name: (raw.name.trim() || emails.find((e) => Email.safeParse(e).success) || '').replace(/\s+/g, ' '),
    emails: capped(
      'emails',
      emails.filter((e) => Email.safeParse(e).success),
      warnings,
    ),
    phones: capped(
      'phones',
      phones.filter((p) => Phone.safeParse(p).success),
      warnings,
    ),
    tags: capped(
      'tags',
      tags.filter((t) => Tag.safeParse(t).success),
      warnings,
    ),
    links: capped(
      'links',
      links.map((l) => ({ label: l.label.slice(0, LIMITS.shortText), url: l.url.trim() })),
      warnings,
    ),
  }
  // A date of the right shape may still not be on the calendar (2026-02-31).
  if (contact.metOn !== undefined && !IsoDate.safeParse(contact.metOn).success) {
    warnings.push(`First-met date left out: "${contact.metOn.slice(0, 20)}" is not a date on the calendar.`)
    delete contact.metOn
  }
  if (!contact.name) return { error: 'This row has neither a name nor an email address.' }
  if (contact.name.length > LIMITS.name) return { error: `The name is longer than ${LIMITS.name} characters.` }
  for (const field of ['company', 'role'] as const) {
    if ((contact[field]?.length ?? 0) > LIMITS.shortText) return { error: `The ${field} is longer than ${LIMITS.shortText} characters.` }
  }
  if ((contact.note?.length ?? 0) > LIMITS.longText) return { error: `The note is longer than ${LIMITS.longText} characters.` }
  if (contact.introducedBy?.name) contact.introducedBy.name = contact.introducedBy.name.slice(0, LIMITS.shortText)
  return { contact }
}

function capped<T>(list: keyof typeof LIST_MAX, items: T[], warnings: string[]): T[] {
  const max = LIST_MAX[list]
  if (items.length > max) warnings.push(`Only the first ${max} ${list} were kept (${items.length - max} more left out).`)
  return items.slice(0, max)
}
