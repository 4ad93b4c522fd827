/**
 * Pictures of the timeline for docs/screenshots: the sample journal and the large one (ten years,
 * 5,000 people), fitted, zoomed to a quarter and grouped by event, light and dark, at 1280×800.
 * Run: npx electron-vite build && npx tsx tests/e2e/timelineShots.ts [outDir]
 */
import { mkdirSync } from 'node:fs'
import { SIZES } from '../../bench/sizes'
import { startLargeJournal, startSampleAt, showTimeline, TIMELINE_NOW, zoomButton } from './timelineApp'

const out = process.argv[2] ?? 'docs/screenshots'
mkdirSync(out, { recursive: true })

for (const [journal, start] of [
  ['sample', () => startSampleAt(TIMELINE_NOW)],
  ['large', () => startLargeJournal(TIMELINE_NOW, SIZES.large)],
] as const) {
  const app = await start()
  try {
    const { page } = app
    await showTimeline(page)
    const shoot = async (view: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        await page.screenshot({ path: `${out}/timeline-${journal}-${view}-${colorScheme}.png` })
      }
      await page.emulateMedia({ colorScheme: 'light' })
    }
    await shoot('fitted')
    await zoomButton(page, 'Quarter').click()
    await shoot('quarter')
    await zoomButton(page, 'Fit').click()
    await page.getByRole('combobox', { name: 'Group by' }).click()
    await page.getByRole('option', { name: 'Event met at' }).click()
    await page.locator('[data-group]').first().waitFor()
    await shoot('by-event')
    console.log(journal, 'done', app.problems)
  } finally {
    await app.close()
  }
}
