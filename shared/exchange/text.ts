/** Comparison keys: the same person written two ways must give the same key. */

/** Lower case, accents removed, spaces collapsed: "José  Núñez" and "jose nunez" are one name. */
export function foldText(value: string | undefined): string {
  if (!value) return ''
  // Plain ASCII needs no decomposition (most names in a LinkedIn export); skipping it halves the cost.
  if (/^[\x20-\x7e]*$/.test(value)) return value.toLowerCase().replace(/\s+/g, ' ').trim()
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}

/** Digits only; numbers shorter than 7 digits are too vague to match on. */
export function phoneKey(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return undefined
  // "+1 555 123 4567" and "(555) 123-4567" are the same line: compare the last 10 digits.
  return digits.length > 10 ? digits.slice(-10) : digits
}

/** "https://www.linkedin.com/in/Jane-Doe/?x=1" → "linkedin.com/in/jane-doe". */
export function linkKey(url: string): string {
  // Step by step rather than one regex: a hostile 2,000-character URL must not backtrack.
  let key = url.trim().toLowerCase()
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(key)
  if (scheme) key = key.slice(scheme[0].length)
  if (key.startsWith('www.')) key = key.slice(4)
  const query = key.search(/[?#]/)
  if (query >= 0) key = key.slice(0, query)
  let end = key.length
  while (end > 0 && key[end - 1] === '/') end--
  return key.slice(0, end)
}

/** A LinkedIn address, once through linkKey. */
export const LINKEDIN = /(^|\.)linkedin\.com\//

export function isLinkedInUrl(url: string): boolean {
  return LINKEDIN.test(linkKey(url))
}

/** Writers cannot carry a carriage return (vCard and iCalendar escape only \n), so every line break becomes \n. */
export function oneLineBreak(value: string): string {
  return value.replace(/\r\n?/g, '\n')
}

export function lineAt(text: string, offset: number, from = { offset: 0, line: 1 }): number {
  let line = from.line
  for (let i = from.offset; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
