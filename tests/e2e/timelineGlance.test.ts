import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SIZES } from '../../bench/sizes'
import type { RunningApp } from './harness'
import { startLargeJournal, startSampleAt, TIMELINE_NOW, zoomButton } from './timelineApp'
import { onTimeline } from './timelineSuite'

const MARKER = 14
const PRESETS = ['Fit', 'Month', 'Quarter', 'Year', 'Everything'] as const

type Screenful = { overlaps: string[]; outside: string[]; left: number; right: number; chartWidth: number; lanes: number }

/** Every lane drawn now: its markers and clusters as drawn, neighbours' overlap, and the drawn extent. */
function measureDrawnLanes(page: Page): Promise<Screenful> {
  return page.evaluate((marker) => {
    const overlaps: string[] = []
    const outside: string[] = []
    let left = Infinity
    let right = -Infinity
    let chartWidth = 0
    const lanes = [...document.querySelectorAll<HTMLElement>('[data-lane]')]
    for (const lane of lanes) {
      const chart = lane.querySelector<HTMLElement>('[data-chart]')!.getBoundingClientRect()
      chartWidth = chart.width
      const boxes = [...lane.querySelectorAll<HTMLElement>('[data-chart] [data-stop]')].map((el) => ({
        box: el.getBoundingClientRect(),
        name: el.getAttribute('aria-label'),
      }))
      boxes.sort((a, b) => a.box.left - b.box.left)
      for (let i = 0; i < boxes.length; i++) {
        const { box, name } = boxes[i]!
        if (box.left < chart.left - 1 || box.right > chart.right + 1) outside.push(`${name}`)
        left = Math.min(left, box.left - chart.left)
        right = Math.max(right, box.right - chart.left)
        // Any earlier item, not only the previous one: a wide item could reach past its neighbour.
        for (let j = 0; j < i; j++) {
          const other = boxes[j]!.box
          const overlap = Math.min(box.right, other.right) - Math.max(box.left, other.left)
          if (overlap > marker / 4) overlaps.push(`${boxes[j]!.name} / ${name}: ${overlap.toFixed(1)} px`)
        }
      }
    }
    return { overlaps, outside, left, right, chartWidth, lanes: lanes.length }
  }, MARKER)
}

/** Scrolls the lanes to each of `stops` (fractions of the way down) and measures the lanes drawn at each. */
async function measureLanes(page: Page, stops: number[]): Promise<Screenful & { measuredLanes: Set<string> }> {
  const scroller = page.getByLabel(/^Network timeline, /)
  const all: Screenful & { measuredLanes: Set<string> } = {
    overlaps: [],
    outside: [],
    left: Infinity,
    right: -Infinity,
    chartWidth: 0,
    lanes: 0,
    measuredLanes: new Set(),
  }
  for (const stop of stops) {
    const lane = await scroller.evaluate((el, fraction) => {
      el.scrollTop = fraction * (el.scrollHeight - el.clientHeight)
      return Math.floor(el.scrollTop / 44)
    }, stop)
    // The lane at the top of the new scroll position is drawn: the virtual list has caught up.
    await page.locator(`[data-lane-index="${lane + 1}"]`).waitFor()
    const drawn = await measureDrawnLanes(page)
    for (const id of await page.locator('[data-lane]').evaluateAll((els) => els.map((el) => el.getAttribute('data-lane')!))) all.measuredLanes.add(id)
    all.overlaps.push(...drawn.overlaps)
    all.outside.push(...drawn.outside)
    all.left = Math.min(all.left, drawn.left)
    all.right = Math.max(all.right, drawn.right)
    all.chartWidth = drawn.chartWidth
  }
  await scroller.evaluate((el) => (el.scrollTop = 0))
  return all
}

async function checkEveryPreset(app: RunningApp, stops: number[], expectAllLanes: number | undefined) {
  for (const preset of PRESETS) {
    await zoomButton(app.page, preset).click()
    await expect.poll(() => zoomButton(app.page, preset).getAttribute('aria-pressed')).toBe('true')
    const measured = await measureLanes(app.page, stops)
    expect(measured.overlaps, `${preset}: markers overlapping`).toEqual([])
    expect(measured.outside, `${preset}: markers outside the chart`).toEqual([])
    if (expectAllLanes !== undefined) expect(measured.measuredLanes.size, `${preset}: every lane measured`).toBe(expectAllLanes)
    // Fitted: the drawn markers use the chart, not its right fifth.
    if (preset === 'Fit')
      expect(measured.right - measured.left, 'the drawn markers span at least half the chart').toBeGreaterThanOrEqual(measured.chartWidth / 2)
  }
  expect(app.problems).toEqual([])
}

describe('the timeline reads at a glance on the sample journal (1280×800)', () => {
  const app = onTimeline(() => startSampleAt(TIMELINE_NOW))

  it('draws no marker over another, at every preset, on every lane; fitted, the markers span the chart', async () => {
    const count = Number(
      /(\d+) relationships/.exec(
        (await app()
          .page.getByLabel(/^Network timeline, /)
          .getAttribute('aria-label'))!,
      )![1],
    )
    // Every lane: a screenful at a time, top to bottom.
    await checkEveryPreset(
      app(),
      Array.from({ length: 11 }, (_, i) => i / 10),
      count,
    )
  })
})

describe('the timeline reads at a glance on the large journal (ten years, 5,000 people)', () => {
  const app = onTimeline(() => startLargeJournal(TIMELINE_NOW, SIZES.large), 180_000)

  it(
    'draws no marker over another at every preset, on 41 screenfuls from the newest lane to the oldest; fitted, the markers span the chart',
    { timeout: 240_000 },
    async () => {
      await checkEveryPreset(
        app(),
        Array.from({ length: 41 }, (_, i) => i / 40),
        undefined,
      )
    },
  )
})
