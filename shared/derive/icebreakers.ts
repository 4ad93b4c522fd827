// From the module itself, not the domain index: that would load the zod schemas wherever this is imported (the renderer).
import { BUILT_IN_ICEBREAKERS } from '../domain/icebreakers'
import type { Icebreaker, IcebreakerAnswer, NetworkEvent, Person, Profile } from '../domain'

/** The built-in question that only makes sense when the event has a featured speaker. */
export const SPEAKER_ICEBREAKER_ID = 'ib-speaker'

/** Questions worth asking at this event: not hidden, and the speaker one only if there is a speaker. */
export function askableIcebreakers(icebreakers: readonly Icebreaker[], event: Pick<NetworkEvent, 'featuredSpeaker'>): Icebreaker[] {
  const hasSpeaker = (event.featuredSpeaker ?? '').trim() !== ''
  return icebreakers.filter((ib) => !ib.hidden && (hasSpeaker || ib.id !== SPEAKER_ICEBREAKER_ID))
}

/** The question's current wording; an answer outlives a question whose id is no longer in the list. */
export function questionText(icebreakers: readonly Icebreaker[], icebreakerId: string): string {
  return icebreakers.find((ib) => ib.id === icebreakerId)?.question ?? 'An earlier question'
}

/** Short "ask about" labels for the built-in questions, so a card lists six topics on one line. */
const BUILT_IN_TOPICS: Record<string, string> = {
  'ib-business': 'their business',
  'ib-why-here': 'what brings them here',
  'ib-how-started': 'how they got started',
  'ib-training': 'where they trained',
  'ib-trends': 'trends in their industry',
  'ib-speaker': 'the speaker',
}

/** The label for a question; once the user rewords a built-in question, their wording is the label. */
export function icebreakerTopic(icebreaker: Pick<Icebreaker, 'id' | 'question'>): string {
  const builtIn = BUILT_IN_ICEBREAKERS.find((ib) => ib.id === icebreaker.id)
  const topic = BUILT_IN_TOPICS[icebreaker.id]
  return builtIn && topic && builtIn.question === icebreaker.question ? topic : icebreaker.question
}

/** Today as a calendar date (UTC), the default for "asked on". */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10)

/**
 * Stores what a person answered. One answer per question: asking again replaces the
 * old answer, and the question then counts as asked on the sheet.
 */
export function withAnswer(person: Person, answer: IcebreakerAnswer): Person['learned'] {
  const others = person.learned.filter((l) => l.icebreakerId !== answer.icebreakerId)
  return [...others, answer]
}

/** Refuses answers to questions that are not in the list, so a typo cannot hide an answer forever. */
export function requireKnownIcebreakers(icebreakers: readonly Icebreaker[], ids: readonly string[]): void {
  const known = new Set(icebreakers.map((ib) => ib.id))
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length) throw new Error(`No icebreaker with id "${unknown[0]}" is in this journal. It may have been removed.`)
}

/** My answers, one per question (the last one given wins), in the order given. */
export function dedupeMyAnswers(answers: Profile['answers']): Profile['answers'] {
  const byId = new Map<string, Profile['answers'][number]>()
  for (const a of answers) {
    byId.delete(a.icebreakerId)
    byId.set(a.icebreakerId, a)
  }
  return [...byId.values()]
}
