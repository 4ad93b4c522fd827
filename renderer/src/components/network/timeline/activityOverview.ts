import type { Lane } from '../../../../../shared/derive/timeline'
import { DAY } from './timeSpan'

const WEEK = 7 * DAY

/** How many things happened each week: first meetings, stages reached and referrals, as the lanes carry them. */
export type WeeklyActivity = { from: number; weeks: number[]; busiest: number }

/** Weeks counted from the first activity's week to today's; one pass over every lane's markers. */
export function weeklyActivity(lanes: readonly Lane[], from: number, today: number): WeeklyActivity {
  const count = Math.max(1, Math.ceil((today - from) / WEEK) + 1)
  const weeks = new Array<number>(count).fill(0)
  for (const lane of lanes) {
    for (const marker of lane.markers) {
      const week = Math.floor((Date.parse(marker.at) - from) / WEEK)
      if (week >= 0 && week < count) weeks[week]!++
    }
  }
  let busiest = 0
  for (const n of weeks) if (n > busiest) busiest = n
  return { from, weeks, busiest }
}

/** The bars as one SVG path (one DOM node however many weeks): x from 0 to width, height from the baseline up. */
export function histogramPath(activity: WeeklyActivity, width: number, height: number): string {
  const n = activity.weeks.length
  if (!activity.busiest || width <= 0) return ''
  const step = width / n
  const parts: string[] = []
  for (let i = 0; i < n; i++) {
    const count = activity.weeks[i]!
    if (!count) continue
    // A week with anything at all is at least 2 px tall: one meeting must not vanish.
    const h = Math.max(2, (count / activity.busiest) * height)
    parts.push(`M${(i * step).toFixed(1)} ${height}h${Math.max(1, step - 0.5).toFixed(1)}v${(-h).toFixed(1)}h${(-Math.max(1, step - 0.5)).toFixed(1)}z`)
  }
  return parts.join('')
}
