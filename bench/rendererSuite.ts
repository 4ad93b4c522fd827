import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Journal } from '../shared/domain'
import { CHROMIUM, startApp } from '../tests/e2e/harness'
import { summarise, type Timing } from './measure'

export type RendererFigures = { timeline: Timing; people: Timing; timelineNodes: number; peopleNodes: number }

/** Why the renderer cannot be measured here, or undefined when it can. */
export function rendererUnavailable(): string | undefined {
  if (!existsSync(resolve('out/renderer/index.html'))) return 'no built renderer (run `npx electron-vite build` first)'
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`
  return undefined
}

/**
 * The built renderer in Chromium, through the bridge, over the same journal: from loading
 * the page to the first timeline lane / people row on screen, and how many DOM nodes each
 * page holds then (a virtualised list keeps that flat however large the journal).
 */
export async function rendererFigures(journal: Journal, now: Date, runs: number): Promise<RendererFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-ui-'))
  const journalPath = join(dir, 'journal.json')
  writeFileSync(journalPath, JSON.stringify({ ...journal, settings: { ...journal.settings, onboarded: true } }))
  const app = await startApp({ journalPath, now: () => now })
  try {
    const firstRender = async (route: string, ready: string) => {
      const samples: number[] = []
      let nodes = 0
      for (let i = 0; i <= runs; i++) {
        await app.page.goto('about:blank')
        const start = performance.now()
        await app.goto(route)
        await app.page.waitForSelector(ready, { timeout: 60_000 })
        // The first load warms the main process's per-revision caches; it is not counted.
        if (i > 0) samples.push(performance.now() - start)
        nodes = await app.page.evaluate(() => document.getElementsByTagName('*').length)
      }
      return { timing: summarise(samples), nodes }
    }
    const timeline = await firstRender('#/timeline', '[data-lane]')
    const people = await firstRender('#/people', '[data-testid="people-scroller"] tbody tr')
    return { timeline: timeline.timing, people: people.timing, timelineNodes: timeline.nodes, peopleNodes: people.nodes }
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
