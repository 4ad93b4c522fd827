import { describe, expect, it } from 'vitest'
import { startSampleAt, TIMELINE_NOW, zoomButton } from './timelineApp'
import { onTimeline } from './timelineSuite'

type Shown = { from: number; to: number }
const DAY = 86_400_000

/** Zoom and pan as a person would, on the sample journal: wheel, pinch, drag, keys, overview, clusters. */
describe('zooming and panning the timeline', () => {
  const app = onTimeline(() => startSampleAt(TIMELINE_NOW))
  const page = () => app().page
  const scroller = () => page().getByLabel(/^Network timeline, /)
  const shown = async (): Promise<Shown> => {
    const [from, to] = await scroller().evaluate((el) => [Number(el.getAttribute('data-span-from')), Number(el.getAttribute('data-span-to'))])
    return { from: from!, to: to! }
  }
  const width = (s: Shown) => s.to - s.from
  /** A point in the middle of the chart, right of the names and left of the end column, inside the first lane. */
  const chartPoint = async (fraction = 0.5) => {
    const chart = (await page().locator('[data-lane-index="0"] [data-chart]').boundingBox())!
    return { x: chart.x + chart.width * fraction, y: chart.y + chart.height / 2, chart }
  }
  const changed = async (before: Shown) => expect.poll(async () => JSON.stringify(await shown())).not.toBe(JSON.stringify(before))

  it('zooms with Ctrl+wheel (and pinch) about the pointer, pans with Shift+wheel, and a plain wheel still scrolls the lanes', async () => {
    await zoomButton(page(), 'Fit').click()
    const fitted = await shown()
    const { x, y, chart } = await chartPoint(0.25)
    const timeAt = (s: Shown, px: number) => s.from + ((px - chart.x - 10) / (chart.width - 20)) * width(s)
    await page().mouse.move(x, y)
    await page().keyboard.down('Control')
    await page().mouse.wheel(0, -400)
    await page().keyboard.up('Control')
    await changed(fitted)
    const closer = await shown()
    expect(width(closer)).toBeLessThan(width(fitted) * 0.75)
    // The moment under the pointer stays under it.
    expect(Math.abs(timeAt(closer, x) - timeAt(fitted, x))).toBeLessThan(DAY)
    expect(await zoomButton(page(), 'Fit').getAttribute('aria-pressed')).toBe('false')

    await page().keyboard.down('Shift')
    await page().mouse.wheel(0, -300)
    await page().keyboard.up('Shift')
    await changed(closer)
    const panned = await shown()
    expect(panned.from).toBeLessThan(closer.from)
    expect(width(panned)).toBeCloseTo(width(closer), -4)

    await page().mouse.wheel(0, 300)
    await expect.poll(() => scroller().evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    expect(await shown()).toEqual(panned)
    await scroller().evaluate((el) => (el.scrollTop = 0))
  })

  it('pans by dragging the chart, and a drag does not open the lane it started on', async () => {
    const before = await shown()
    const { x, y } = await chartPoint(0.6)
    await page().mouse.move(x, y)
    await page().mouse.down()
    await page().mouse.move(x - 60, y, { steps: 4 })
    await page().mouse.move(x - 150, y, { steps: 4 })
    await page().mouse.up()
    await changed(before)
    const after = await shown()
    // Dragging leftwards brings later times into view.
    expect(after.from).toBeGreaterThan(before.from)
    expect(page().url()).toContain('#/timeline')
    await page().getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
  })

  it('zooms with + and -, pans with Shift+arrows, fits with 0, on a marker or the chart, and keeps the focus in the timeline', async () => {
    await zoomButton(page(), 'Year').click()
    const year = await shown()
    const marker = page().locator('[data-lane-index="0"] [data-stop="1"]')
    await marker.focus()
    await page().keyboard.press('+')
    await changed(year)
    const closer = await shown()
    expect(width(closer)).toBeLessThan(width(year))
    expect(await page().evaluate(() => document.activeElement?.closest('[data-lane-index]')?.getAttribute('data-lane-index'))).toBe('0')

    await page().keyboard.press('Shift+ArrowLeft')
    await changed(closer)
    const earlier = await shown()
    expect(earlier.from).toBeLessThan(closer.from)
    // Plain arrows still move between markers (the roving cursor), without panning.
    await page().keyboard.press('Home')
    await page().keyboard.press('ArrowRight')
    expect(await shown()).toEqual(earlier)
    expect(await page().evaluate(() => document.activeElement?.getAttribute('data-stop'))).toBe('1')

    await page().keyboard.press('-')
    await changed(earlier)
    expect(width(await shown())).toBeGreaterThan(width(earlier))

    // On the chart itself (its scroll area), + zooms and the arrows pan.
    await scroller().focus()
    const wide = await shown()
    await page().keyboard.press('+')
    await changed(wide)
    const beforeArrow = await shown()
    await page().keyboard.press('ArrowLeft')
    await changed(beforeArrow)
    expect((await shown()).from).toBeLessThan(beforeArrow.from)

    await page().keyboard.press('0')
    await expect.poll(() => zoomButton(page(), 'Fit').getAttribute('aria-pressed')).toBe('true')
  })

  it('moves the span with the overview brush, by keyboard and by dragging across the histogram', async () => {
    await zoomButton(page(), 'Month').click()
    const month = await shown()
    const brush = page().getByRole('slider', { name: 'Span shown' })
    await brush.focus()
    await page().keyboard.press('PageUp')
    await changed(month)
    const earlier = await shown()
    expect(earlier.to).toBeLessThan(month.to - 20 * DAY)
    expect(await brush.getAttribute('aria-valuetext')).toMatch(/\d{4} to .+\d{4}$/)

    const bars = (await page().locator('[data-overview]').boundingBox())!
    await page().mouse.move(bars.x + 5, bars.y + bars.height / 2)
    await page().mouse.down()
    await page().mouse.move(bars.x + bars.width * 0.5, bars.y + bars.height / 2, { steps: 5 })
    await page().mouse.up()
    await changed(earlier)
    // Dragging across the histogram from its start chooses a span from the journal's beginning.
    const chosen = await shown()
    expect(chosen.from).toBeLessThan(earlier.from)
    expect(width(chosen)).toBeGreaterThan(width(month))
  })

  it('opens a cluster of markers with a click and with Enter, listing each marker, and closes it with Escape', async () => {
    await zoomButton(page(), 'Everything').click()
    await zoomButton(page(), 'Zoom out').click()
    const cluster = page().locator('[data-cluster]').first()
    await cluster.waitFor()
    const count = Number(await cluster.getAttribute('data-cluster'))
    expect(count).toBeGreaterThan(1)
    expect(await cluster.getAttribute('aria-label')).toMatch(new RegExp(`: ${count} markers, .+, .+\\d{4}$`))
    const laneUrl = page().url()

    await cluster.click()
    const list = page().getByRole('dialog', { name: new RegExp(`${count} markers`) })
    await list.waitFor()
    expect(await list.getByRole('listitem').count()).toBe(count)
    expect(page().url()).toBe(laneUrl)
    await page().keyboard.press('Escape')
    await list.waitFor({ state: 'detached' })
    await expect.poll(() => cluster.evaluate((el) => el === document.activeElement)).toBe(true)

    await page().keyboard.press('Enter')
    await list.waitFor()
    const before = await shown()
    await list.getByRole('button', { name: 'Zoom in on these' }).click()
    await list.waitFor({ state: 'detached' })
    expect(width(await shown())).toBeLessThan(width(before))
    expect(app().problems).toEqual([])
  })

  it('groups lanes by the event met at, under headers that say how many people', async () => {
    await zoomButton(page(), 'Fit').click()
    await page().getByRole('combobox', { name: 'Group by' }).click()
    await page().getByRole('option', { name: 'Event met at' }).click()
    const header = page().locator('[data-group]').first()
    await header.waitFor()
    expect(await header.getByRole('heading', { level: 3 }).textContent()).not.toBe('')
    expect(await header.textContent()).toMatch(/\d+ (people|person)$/)
    await page().getByRole('combobox', { name: 'Sort lanes' }).click()
    await page().getByRole('option', { name: 'Longest without contact' }).click()
    await page().getByRole('combobox', { name: 'Group by' }).click()
    await page().getByRole('option', { name: 'No groups' }).click()
    await expect.poll(() => page().locator('[data-group]').count()).toBe(0)
    // The lane that has gone longest without contact is on top.
    await scroller().evaluate((el) => (el.scrollTop = 0))
    await page().locator('[data-lane-index="0"]').waitFor()
    expect(await page().locator('[data-lane-index="0"] [data-silence]').getAttribute('data-silence')).toBe('cold')
  })
})
