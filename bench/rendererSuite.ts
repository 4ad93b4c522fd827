import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Journal } from '../shared/domain'
import { CHROMIUM, startApp } from '../tests/e2e/harness'
import { summarise, type Timing } from './measure'

/** `timeline`/`people`: the page's own clock, from navigation start to the first lane/row in the DOM.
 *  `timelineWall`/`peopleWall`: the test's clock around goto + waitForSelector, which adds the browser automation's round trips and polling. */
export type RendererFigures = { timeline: Timing; people: Timing; timelineWall: Timing; peopleWall: Timing; timelineNodes: number; peopleNodes: number }

const TIMELINE_READY = '[data-lane]'
const PEOPLE_READY = '[data-testid="people-scroller"] tbody tr'

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
  // Records, by the page's own clock (0 = navigation start), when each ready selector first matches.
  await app.context.addInitScript(
    (selectors: string[]) => {
      const firstAt: Record<string, number> = {}
      ;(window as unknown as { __kithFirstAt: Record<string, number> }).__kithFirstAt = firstAt
      new MutationObserver(() => {
        for (const selector of selectors) if (firstAt[selector] === undefined && document.querySelector(selector)) firstAt[selector] = performance.now()
      }).observe(document, { childList: true, subtree: true })
    },
    [TIMELINE_READY, PEOPLE_READY],
  )
  try {
    const firstRender = async (route: string, ready: string) => {
      const samples: number[] = []
      const wall: number[] = []
      let nodes = 0
      for (let i = 0; i <= runs; i++) {
        await app.page.goto('about:blank')
        const start = performance.now()
        await app.goto(route)
        await app.page.waitForSelector(ready, { timeout: 60_000 })
        const elapsed = performance.now() - start
        const pageClock = await app.page.evaluate(
          (selector) => (window as unknown as { __kithFirstAt: Record<string, number> }).__kithFirstAt[selector]!,
          ready,
        )
        // The first load warms the main process's per-revision caches; it is not counted.
        if (i > 0) {
          wall.push(elapsed)
          samples.push(pageClock)
        }
        nodes = await app.page.evaluate(() => document.getElementsByTagName('*').length)
      }
      return { timing: summarise(samples), wall: summarise(wall), nodes }
    }
    const timeline = await firstRender('#/timeline', TIMELINE_READY)
    const people = await firstRender('#/people', PEOPLE_READY)
    return {
      timeline: timeline.timing,
      people: people.timing,
      timelineWall: timeline.wall,
      peopleWall: people.wall,
      timelineNodes: timeline.nodes,
      peopleNodes: people.nodes,
    }
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
