import type { Icebreaker } from './profile'

/** Questions about the other person; ids are stable so answers stored on people keep pointing at them. */
export const BUILT_IN_ICEBREAKERS: ReadonlyArray<{ id: string; question: string }> = [
  { id: 'ib-business', question: 'What does your business do, and who is a good customer for you?' },
  { id: 'ib-why-here', question: 'What brings you to this event?' },
  { id: 'ib-how-started', question: 'How did you get into your line of work?' },
  { id: 'ib-training', question: 'Where did you go to college or get your training?' },
  { id: 'ib-trends', question: 'What trends do you see coming in your industry?' },
  { id: 'ib-speaker', question: 'Have you heard our featured speaker before?' },
]

export function builtInIcebreakers(now: Date): Icebreaker[] {
  const at = now.toISOString()
  return BUILT_IN_ICEBREAKERS.map(({ id, question }) => ({
    id,
    question,
    builtIn: true,
    hidden: false,
    createdAt: at,
    updatedAt: at,
  }))
}
