import { textColor } from '../../theme'
import { STAGE_LABELS, STAGES, type Stage } from '../../../../shared/derive/relationships'

export { STAGE_LABELS, STAGES, type Stage }

/** One colour per stage, used by lanes, markers, badges and the legend alike. */
export const STAGE_COLORS: Record<Stage, string> = {
  met: 'gray',
  'followed-up': 'cyan',
  'one-to-one': 'indigo',
  ongoing: 'violet',
  'referral-given': 'orange',
  'referral-received': 'teal',
  closed: 'green',
}

export const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))

/** A Mantine palette colour as a CSS value that follows the colour scheme. */
// The palette's text colour: the theme keeps it at 4.5:1 on the page in both schemes, above the 3:1 markers need.
export const stageColorVar = (stage: Stage) => textColor(STAGE_COLORS[stage])

const DAY = 86_400_000

/** "3 months later", "2 weeks later", "the same day": how long a silence lasted. */
export function gapLabel(days: number): string {
  if (days <= 0) return 'the same day'
  if (days === 1) return '1 day later'
  if (days < 14) return `${days} days later`
  if (days < 60) return `${Math.round(days / 7)} weeks later`
  if (days < 730) return `${Math.round(days / 30.4)} months later`
  return `${(days / 365.25).toFixed(1).replace(/\.0$/, '')} years later`
}

/** Whole days between an ISO instant and now. */
export const daysAgo = (iso: string, now = Date.now()) => Math.max(0, Math.floor((now - Date.parse(iso)) / DAY))
