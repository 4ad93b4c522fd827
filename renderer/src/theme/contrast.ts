import { darken, lighten, luminance } from '@mantine/core'

/** WCAG 2.2 contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** AA for normal text (WCAG 1.4.3); graphics need 3:1 (1.4.11), so text-safe colours serve both. */
export const AA_TEXT = 4.5

/**
 * The first of `shades` (tried in order) that reads at 4.5:1 on every background. When none does
 * (yellow on white), the last is darkened or lightened, towards the text colour, until it does.
 */
export function readableShade(shades: string[], backgrounds: string[], towards: 'darker' | 'lighter'): string {
  const reads = (color: string) => backgrounds.every((bg) => contrastRatio(color, bg) >= AA_TEXT)
  const found = shades.find(reads)
  if (found) return found
  let color = shades[shades.length - 1]!
  for (let step = 0; step < 20 && !reads(color); step++) color = towards === 'darker' ? darken(color, 0.1) : lighten(color, 0.1)
  return color
}
