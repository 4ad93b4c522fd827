/**
 * Finding the people a capture sentence is about: "Met Dana Reyes, CPA at Reyes & Co, at the
 * chamber mixer", "coffee with Jean-Luc van der Berg and Siobhán O'Neil". A name is a run of
 * capitalised words (any script with case, apostrophes and hyphens inside) that may hold the
 * lowercase particles names carry (van, de, da, al...). Only what follows a verb of meeting, or
 * stands at the very start, is taken as a name: "follow up Tuesday" names nobody.
 */

/** Words that introduce the people met. Longest first, so "met with" wins over "met". */
const INTRODUCERS = [
  'had coffee with',
  'had lunch with',
  'had breakfast with',
  'had dinner with',
  'had a call with',
  'had a one-to-one with',
  'caught up with',
  'was introduced to',
  'got introduced to',
  'introduced to',
  'ran into',
  'bumped into',
  'talked with',
  'talked to',
  'spoke with',
  'spoke to',
  'chatted with',
  'coffee with',
  'lunch with',
  'breakfast with',
  'dinner with',
  'call with',
  'called',
  'emailed',
  'email',
  'call',
  'texted',
  'text',
  'message',
  'introduce',
  'one-to-one with',
  '1:1 with',
  'met with',
  'meeting with',
  'met',
  'saw',
  'with',
]
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ten',
  'ter',
  'y',
  'st.',
])
/** Capitalised words that start a sentence's other parts, never a name. */
const NOT_NAMES = new Set([
  'I',
  'We',
  'She',
  'He',
  'They',
  'Her',
  'His',
  'Their',
  'The',
  'A',
  'An',
  'Follow',
  'Met',
  'Tomorrow',
  'Today',
  'Yesterday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Next',
  'Last',
  'This',
  'At',
  'On',
  'In',
])

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u
const isNameWord = (word: string) => CAPITALISED.test(word) && !NOT_NAMES.has(word)

export type NamedPerson = { name: string; role?: string; company?: string; start: number; end: number }

/** "van der Berg": particles count only when a capitalised word follows them. */
function particlesLeadToName(words: string[], at: number): boolean {
  let next = at
  while (next < words.length && PARTICLES.has(words[next]!.toLowerCase())) next++
  return next < words.length && isNameWord(words[next]!.replace(/[,;:()]+$/, ''))
}

/** The name that starts at `words[from]`, or undefined: capitalised words with particles between them. */
function nameAt(words: string[], from: number): { name: string; next: number } | undefined {
  const taken: string[] = []
  let at = from
  while (at < words.length) {
    const word = words[at]!.replace(/[,;:()]+$/, '')
    const particle = taken.length > 0 && PARTICLES.has(word.toLowerCase()) && particlesLeadToName(words, at)
    if (!isNameWord(word) && !particle) break
    taken.push(word)
    at++
    // A comma, colon or bracket ends the name: "Dana Reyes, CPA".
    if (/[,;:()]$/.test(words[at - 1]!)) break
  }
  // A name ends on a capitalised word, never on a particle or a trailing full stop.
  while (taken.length && PARTICLES.has(taken.at(-1)!.toLowerCase())) taken.pop()
  if (!taken.length) return undefined
  return { name: taken.join(' ').replace(/\.$/, ''), next: from + taken.length }
}

/** Words that may join a company's capitalised words: "Bank of America", "Procter & Gamble". */
const COMPANY_JOINERS = new Set(['&', 'of', 'and', 'de', 'du', 'for', '+'])

/** The company name at the start of `text`: capitalised words (or digits) and their joiners. */
function companyAt(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean)
  const taken: string[] = []
  for (const raw of words) {
    const word = raw.replace(/[,;:()]+$/, '')
    const joiner = taken.length > 0 && COMPANY_JOINERS.has(word.toLowerCase())
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !joiner) break
    taken.push(word)
    if (word !== raw) break
  }
  while (taken.length && COMPANY_JOINERS.has(taken.at(-1)!.toLowerCase())) taken.pop()
  const company = taken.join(' ').replace(/\.$/, '')
  return company && !/^(?:The|A|An)$/.test(company) ? company : undefined
}

/** "CPA at Reyes & Co", "from Reyes & Co" or "(owner at Reyes & Co)" right after a name. */
function roleAndCompany(rest: string): { role?: string; company?: string; length: number } {
  const bracket = /^\s*\(([^)]{1,80})\)/.exec(rest)
  if (bracket) {
    const [role, company] = bracket[1]!.split(/\s+at\s+/)
    return company ? { role: role!.trim(), company: company.trim(), length: bracket[0].length } : { company: role!.trim(), length: bracket[0].length }
  }
  const role = /^,\s*([\p{L}\p{N} &/-]{1,60}?)\s+(?:at|with)\s+/u.exec(rest)
  const company = role ? companyAt(rest.slice(role[0].length)) : undefined
  if (role && company) return { role: role[1]!.trim(), company, length: role[0].length + rest.slice(role[0].length).indexOf(company) + company.length }
  const from = /^\s+(?:from|of)\s+/.exec(rest)
  const fromCompany = from ? companyAt(rest.slice(from[0].length)) : undefined
  if (from && fromCompany) return { company: fromCompany, length: from[0].length + rest.slice(from[0].length).indexOf(fromCompany) + fromCompany.length }
  return { length: 0 }
}

/** Everyone the sentence names as met, in order, with what is said of their role and company. */
export function namedPeople(text: string): NamedPerson[] {
  const found: NamedPerson[] = []
  const lower = text.toLowerCase()
  const taken: [number, number][] = []
  for (const word of INTRODUCERS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length
      const bounded = (at === 0 || /\W/.test(lower[at - 1]!)) && /\s/.test(lower[end] ?? '')
      // Longer introducers came first: "met with" keeps its "with" from counting twice.
      if (bounded && !taken.some(([s, e]) => at < e && end > s)) taken.push([at, end])
    }
  }
  const starts = taken.map(([, end]) => end + 1)
  for (const start of starts.sort((a, b) => a - b)) readPeopleFrom(text, start, found)
  // A capture may also start with the name itself, "Dana Reyes (Reyes & Co), mixer", but a
  // lone capitalised first word ("Remind me", "Great turnout") is only the sentence's start.
  if (!found.length) {
    readPeopleFrom(text, 0, found)
    const first = found[0]
    if (first && !first.name.includes(' ') && !/^\s*[,(]/.test(text.slice(first.name.length))) found.length = 0
  }
  return found
}

function readPeopleFrom(text: string, start: number, found: NamedPerson[]) {
  let cursor = start
  for (;;) {
    const words = text.slice(cursor).split(/\s+/).filter(Boolean)
    const leading = text.slice(cursor).length - text.slice(cursor).trimStart().length
    const name = nameAt(words, 0)
    if (!name || found.some((p) => p.name === name.name)) return
    const nameEnd = cursor + leading + text.slice(cursor + leading).indexOf(name.name) + name.name.length
    const extra = roleAndCompany(text.slice(nameEnd))
    found.push({ name: name.name, role: extra.role, company: extra.company, start: cursor, end: nameEnd + extra.length })
    // "Dana Reyes and Tom Baker", "Dana, Tom and Priya": more people in the same breath.
    const more = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?=\p{Lu})/u.exec(text.slice(nameEnd + extra.length))
    if (!more) return
    cursor = nameEnd + extra.length + more[0].length
  }
}
