import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { generateSampleJournal, type SampleScale } from '../../shared/sample/generate'
import { startApp, type RunningApp } from './harness'

/** The bench's clock: the sample and the large journal are dated from it. */
export const TIMELINE_NOW = new Date('2026-11-29T12:00:00.000Z')
export const VIEWPORT = { width: 1280, height: 800 }

/** The sample journal at a fixed date, in a 1280×800 window whose clock is that date too. */
export async function startSampleAt(now: Date): Promise<RunningApp> {
  const app = await startApp({ now: () => now, viewport: VIEWPORT })
  await app.page.clock.setFixedTime(now)
  await app.page.reload()
  await app.page.getByRole('button', { name: 'Load the sample journal' }).click()
  await app.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  return app
}

/** A generated journal of `scale` (as the bench makes it), written to a temp file and opened. */
export async function startLargeJournal(now: Date, scale: SampleScale): Promise<RunningApp> {
  const journal = generateSampleJournal({ now, scale })
  journal.settings.onboarded = true
  const journalPath = join(mkdtempSync(join(tmpdir(), 'kith-e2e-timeline-')), 'journal.json')
  writeFileSync(journalPath, JSON.stringify(journal))
  const app = await startApp({ journalPath, now: () => now, viewport: VIEWPORT })
  await app.page.clock.setFixedTime(now)
  await app.page.reload()
  return app
}

/** On the timeline, with the whole timeline (not only its first screenful) drawn. */
export async function showTimeline(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor({ timeout: 60_000 })
  await page.locator('[data-lane]').first().waitFor({ timeout: 60_000 })
  // The lane count is the whole timeline's once the rest has arrived and the event menu has its events.
  await page.getByRole('slider', { name: 'Span shown' }).waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}

/** One of the zoom buttons: Fit, the presets, Zoom in and Zoom out. */
export const zoomButton = (page: Page, name: string) => page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name, exact: true })
