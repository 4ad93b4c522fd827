import type { ReviewStep } from '../../domain'

/**
 * Titles of the seven steps, for the stepper and the printed summary. In a module of its
 * own (types only from the domain) so the renderer can import it without the zod schemas.
 */
export const REVIEW_STEP_TITLES: Record<ReviewStep, string> = {
  numbers: 'The week in numbers',
  'new-people': 'New people this week',
  'going-cold': 'Going cold',
  overdue: 'Overdue follow-ups',
  'give-and-take': 'Give and take',
  'next-week': "Next week's events",
  reflection: 'Reflection',
}
