/**
 * "Met Dana Reyes, CPA at Reyes & Co, at the chamber mixer — she's looking for a bookkeeper;
 * follow up Tuesday about the trends article" read as proposals: the people (new or matched),
 * the event, a conversation, what was learned, and a follow-up with its date. Proposals only:
 * nothing here writes, and the person confirms each before it is saved.
 */
import { morningAfter } from '../derive/localDay'
import { atNineIfNoTime, datesSaid, type SaidDate } from './dates'
import { matchEvent, type EventRef } from './eventMatch'
import { namedPeople } from './names'
import { matchPeople, type PersonProposal, type PersonRef } from './people'

export type { EventRef, PersonProposal, PersonRef }

export type CaptureInput = {
  text: string
  now: Date
  /** BCP 47, e.g. "en-GB": decides whether 03/04 is the 3rd of April or March the 4th. */
  locale?: string
  people: readonly PersonRef[]
  events: readonly EventRef[]
  /** The event the capture is made at, when the person chose one. */
  eventId?: string
}

export type InteractionKindProposal = 'met' | 'call' | 'email' | 'coffee' | 'one-to-one' | 'note'

export type CaptureProposal = {
  people: PersonProposal[]
  event?: EventRef
  conversation?: { date: string; kind: InteractionKindProposal; summary: string }
  learned: string[]
  /** `dateGuessed`: no date was said, so the follow-up is proposed a week after the meeting. */
  followUp?: { dueAt: string; note: string; dateGuessed: boolean }
}

const FOLLOW_UP = /\b(?:follow(?:[\s-]?up)|check in|ping (?:her|him|them)|remind me|get back to|send (?:her|him|them))\b/i
const LEARNED =
  /\b(?:looking for|needs?|wants?|is hiring|hiring|interested in|loves?|enjoys?|training for|just moved|moving to|has (?:a|an|two|three)|plays?|collects?|launching|opening|working on|studying|expecting)\b/i
const SUMMARY_LIMIT = 500
const GUESSED_DAYS = 7

/** The sentence's parts: clauses split at full stops, semicolons and dashes. */
function clausesOf(text: string): string[] {
  return text
    .split(/(?:[.;!?](?:\s+|$))|(?:\s+[—–-]\s+)/)
    .map((clause) => clause.trim())
    .filter(Boolean)
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function kindOf(text: string): InteractionKindProposal {
  if (/\b(?:one-to-one|1:1|121|one on one)\b/i.test(text)) return 'one-to-one'
  if (/\b(?:coffee|lunch|breakfast|dinner|drinks)\b/i.test(text)) return 'coffee'
  if (/\b(?:called|call with|phone call|on the phone)\b/i.test(text)) return 'call'
  if (/\bemailed\b/i.test(text)) return 'email'
  if (/\b(?:met|meet|ran into|bumped into|introduced)\b/i.test(text)) return 'met'
  return 'note'
}

function followUpFrom(clause: string, now: Date, meeting: Date, locale?: string): CaptureProposal['followUp'] {
  const said = datesSaid(clause, now, { locale, forward: true })[0]
  const rest = said ? `${clause.slice(0, said.index)}${clause.slice(said.index + said.text.length)}` : clause
  const note = capitalise(
    rest
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      .trim(),
  )
  if (said) return { dueAt: atNineIfNoTime(said).toISOString(), note, dateGuessed: false }
  // A week after the meeting, counted in calendar days (a clock change is no reason to move the hour).
  return { dueAt: morningAfter(meeting, GUESSED_DAYS).toISOString(), note, dateGuessed: true }
}

/** When the meeting was: a past date said outside the follow-up, else the event's day, else now. */
function meetingDate(clauses: string[], followUpClause: string | undefined, event: EventRef | undefined, now: Date, locale?: string): Date {
  for (const clause of clauses) {
    if (clause === followUpClause) continue
    const said: SaidDate | undefined = datesSaid(clause, now, { locale, forward: false }).find((d) => d.at.getTime() <= now.getTime())
    if (said) return said.at
  }
  const eventStart = event ? new Date(event.startsAt) : undefined
  // A meeting is never in the future: capturing ahead of an event dates it now.
  return eventStart && eventStart.getTime() <= now.getTime() ? eventStart : now
}

function learnedFrom(clauses: string[], followUpClause: string | undefined): string[] {
  const learned: string[] = []
  for (const clause of clauses) {
    const found = clause === followUpClause ? null : LEARNED.exec(clause)
    // "Met Dana, she's looking for X": what was learned starts at its verb, not at the meeting.
    if (found) learned.push(capitalise(clause.slice(found.index).trim()))
  }
  return learned
}

export function parseCapture(input: CaptureInput): CaptureProposal {
  const text = input.text.replace(/\s+/g, ' ').trim()
  const clauses = clausesOf(text)
  const named = namedPeople(text)
  const people = matchPeople(named, input.people)
  const event = matchEvent(text, named, input.events, input.now, input.eventId)
  const followUpClause = clauses.find((clause) => FOLLOW_UP.test(clause))
  const meeting = meetingDate(clauses, followUpClause, event, input.now, input.locale)
  return {
    people,
    event,
    conversation: people.length ? { date: meeting.toISOString(), kind: kindOf(text), summary: text.slice(0, SUMMARY_LIMIT) } : undefined,
    learned: learnedFrom(clauses, followUpClause),
    followUp: followUpClause ? followUpFrom(followUpClause, input.now, meeting, input.locale) : undefined,
  }
}
