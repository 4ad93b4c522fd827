import type { NamedPerson } from './names'
import { plainWords } from './text'

export type EventRef = { id: string; title: string; startsAt: string }

const DAY = 24 * 60 * 60 * 1000
/** How far back a capture is taken to be about an event: networkers catch up on a month of cards. */
const LOOK_BACK = 60 * DAY
/** Someone typing at an event may have arrived a little before its start; later events are not yet met at. */
const LOOK_AHEAD = 2 * 60 * 60 * 1000
const SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'at', 'and', 'for', 'in', 'on', 'to', 'with', 'our', 'my'])

const significant = (text: string) => plainWords(text).filter((word) => !SMALL_WORDS.has(word) && (word.length > 2 || /\d/.test(word)))

/**
 * The event a capture speaks of ("at the chamber mixer", "during the BNI breakfast"): the
 * recent event whose title shares most words with what follows "at", "during" or "after",
 * outside the people's own words (a company "at Reyes & Co" is not a venue). Ties go to the
 * event nearest now: the weekly leads group is last Thursday's, not next week's.
 */
export function matchEvent(text: string, named: readonly NamedPerson[], events: readonly EventRef[], now: Date, eventId?: string): EventRef | undefined {
  if (eventId) return events.find((event) => event.id === eventId)
  let rest = text
  for (const person of [...named].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, person.start)} ${rest.slice(person.end)}`
  const words = new Set<string>()
  for (const phrase of rest.matchAll(/\b(?:at|during|after|before)\s+(?:the\s+|a\s+|our\s+)?([^,.;—–]+)/giu)) {
    for (const word of significant(phrase[1]!)) words.add(word)
  }
  if (!words.size) return undefined
  let best: { event: EventRef; score: number; distance: number } | undefined
  for (const event of events) {
    const at = Date.parse(event.startsAt)
    if (at < now.getTime() - LOOK_BACK || at > now.getTime() + LOOK_AHEAD) continue
    const title = significant(event.title)
    const shared = title.filter((word) => words.has(word)).length
    if (!shared) continue
    const score = shared / title.length + shared
    const distance = Math.abs(now.getTime() - at)
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { event, score, distance }
  }
  return best?.event
}
