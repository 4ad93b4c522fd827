import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Kith promises (issue 16). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = { id: string; impact: string | null; nodes: { target: unknown[] }[] }

/**
 * Runs axe-core on what the page shows now and returns one line per violation: rule, impact, targets.
 * The page's context must bypass the CSP, which rightly refuses the injected script.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG_AA_TAGS): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }))
  }, tags)
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 6).join(', ')}${v.targets.length > 6 ? ` and ${v.targets.length - 6} more` : ''}`)
}

/** Data loaded and every fade finished: axe measures colours mid-transition as they are drawn then. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
}
