import { afterAll, beforeAll } from 'vitest'
import type { RunningApp } from './harness'
import { showTimeline } from './timelineApp'

/**
 * For a describe block: starts the app with `start`, waits until its whole timeline is drawn, and
 * closes it after the block. Returns the running app, there once the block's tests run.
 * Kept out of timelineApp.ts, which timelineShots.ts imports outside vitest.
 */
export function onTimeline(start: () => Promise<RunningApp>, startTimeout?: number): () => RunningApp {
  let app: RunningApp | undefined
  beforeAll(async () => {
    app = await start()
    await showTimeline(app.page)
  }, startTimeout)
  afterAll(async () => {
    await app?.close()
  })
  return () => app!
}
