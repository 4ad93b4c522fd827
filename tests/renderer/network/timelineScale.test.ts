import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Lane, LaneMarker } from '../../../shared/derive/timeline'
import { axisTicks, chartScale, tickLabel } from '../../../renderer/src/components/network/timeline/timeAxis'
import { drawnItems, SLOT } from '../../../renderer/src/components/network/timeline/markerClusters'
import { clampSpan, DAY, fittedSpan, MIN_SPAN, panSpan, presetSpan, zoomSpan } from '../../../renderer/src/components/network/timeline/timeSpan'

const today = Date.parse('2026-11-29T12:00:00.000Z')
const marker = (at: string, stage: LaneMarker['stage'] = 'met'): LaneMarker => ({ stage, at, label: stage })
const lane = (start: string, ...markers: LaneMarker[]): Lane =>
  ({
    personId: start,
    name: 'Someone',
    tags: [],
    start,
    stage: 'met',
    goingCold: false,
    lastContact: start,
    markers: markers.length ? markers : [marker(start)],
  }) as Lane

describe('the span the timeline shows', () => {
  it('fits the lanes: from their first marker to today, with a little margin and no more', () => {
    const span = fittedSpan([lane('2024-03-01T00:00:00.000Z'), lane('2025-06-01T00:00:00.000Z')], today)
    const first = Date.parse('2024-03-01T00:00:00.000Z')
    const width = today - first
    expect(span.from).toBeLessThan(first)
    expect(span.to).toBeGreaterThan(today)
    expect(first - span.from).toBeLessThan(width * 0.05)
    expect(span.to - today).toBeLessThan(width * 0.05)
  })

  it('counts a referral recorded before the first meeting, and never fits closer than a week', () => {
    const early = lane('2026-05-01T00:00:00.000Z', marker('2026-04-01T00:00:00.000Z', 'referral-received'), marker('2026-05-01T00:00:00.000Z'))
    expect(fittedSpan([early], today).from).toBeLessThan(Date.parse('2026-04-01T00:00:00.000Z'))
    const yesterday = fittedSpan([lane(new Date(today - DAY).toISOString())], today)
    expect(yesterday.to - yesterday.from).toBeGreaterThanOrEqual(MIN_SPAN)
  })

  it('fits the whole timeline’s first meeting while only its first lanes have arrived, so the axis does not jump', () => {
    const firstScreenful = [lane('2026-10-01T00:00:00.000Z')]
    const whole = Date.parse('2017-01-01T00:00:00.000Z')
    expect(fittedSpan(firstScreenful, today, whole).from).toBeLessThan(whole)
    expect(presetSpan('everything', firstScreenful, today, whole)).toEqual(fittedSpan([lane('2017-01-01T00:00:00.000Z')], today))
  })

  it('shows the last month, quarter and year up to today', () => {
    for (const [preset, days] of [
      ['month', 30],
      ['quarter', 91],
      ['year', 365],
    ] as const) {
      const span = presetSpan(preset, [], today)
      expect(span.to).toBeGreaterThan(today)
      expect((span.to - span.from) / DAY).toBeGreaterThan(days)
      expect((span.to - span.from) / DAY).toBeLessThan(days * 1.1)
    }
  })

  it('zooms about the point asked, and neither zoom nor pan leaves the journal or goes below a week', () => {
    const bounds = { from: Date.parse('2016-01-01T00:00:00.000Z'), to: today }
    const span = { from: Date.parse('2026-01-01T00:00:00.000Z'), to: Date.parse('2026-07-01T00:00:00.000Z') }
    const closer = zoomSpan(span, 0.5, 0.25, bounds)
    const at = span.from + (span.to - span.from) * 0.25
    expect(closer.from + (closer.to - closer.from) * 0.25).toBeCloseTo(at, -3)
    expect(closer.to - closer.from).toBeCloseTo((span.to - span.from) / 2, -3)
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (factor, anchor, days) => {
          const next = panSpan(zoomSpan(span, factor, anchor, bounds), days * DAY, bounds)
          expect(next.from).toBeGreaterThanOrEqual(bounds.from)
          expect(next.to).toBeLessThanOrEqual(bounds.to)
          expect(next.to - next.from).toBeGreaterThanOrEqual(MIN_SPAN - 1)
        },
      ),
    )
    expect(clampSpan({ from: bounds.from - 100 * DAY, to: bounds.from }, bounds).from).toBe(bounds.from)
  })
})

describe('the time axis', () => {
  it('labels ticks in the user’s locale, naming years, months and days as the span needs', () => {
    const local = (y: number, m: number, d = 1) => new Date(y, m, d)
    expect(tickLabel(local(2026, 0), false, 'en-US')).toBe('2026')
    expect(tickLabel(local(2026, 2), false, 'en-US')).toBe('Mar')
    expect(tickLabel(local(2026, 2), true, 'en-US')).toBe('Mar 2026')
    expect(tickLabel(local(2026, 2), false, 'de-DE')).toBe('Mär')
    expect(tickLabel(local(2026, 2, 9), false, 'en-GB')).toBe('9 Mar')
    expect(tickLabel(local(2026, 2, 9), false, 'en-US')).toBe('Mar 9')
  })

  it('ticks years over ten years, months over a quarter, days over a week, all inside the chart', () => {
    const labels = (from: string, to: string) => axisTicks(chartScale({ from: Date.parse(from), to: Date.parse(to) }, 800), 800, 'en-US')
    const decade = labels('2016-11-29T00:00:00', '2026-11-29T00:00:00')
    expect(decade.every((t) => /^\d{4}$/.test(t.label))).toBe(true)
    const quarter = labels('2026-08-29T00:00:00', '2026-11-29T00:00:00')
    expect(quarter.some((t) => t.label === 'Oct')).toBe(true)
    const week = labels('2026-11-22T00:00:00', '2026-11-29T00:00:00')
    expect(week.map((t) => t.label)).toContain('Nov 25')
    for (const t of [...decade, ...quarter, ...week]) expect(t.x >= 0 && t.x <= 800).toBe(true)
  })
})

describe('what a lane draws', () => {
  const x = (ms: number) => (ms - Date.parse('2026-01-01T00:00:00.000Z')) / DAY // a pixel a day
  const at = (day: number) => new Date(Date.parse('2026-01-01T00:00:00.000Z') + day * DAY).toISOString()

  it('merges markers that would overlap into a cluster that keeps them all, and leaves the rest alone', () => {
    const items = drawnItems([marker(at(10)), marker(at(12), 'followed-up'), marker(at(15), 'one-to-one'), marker(at(100), 'referral-given')], x, 400)
    expect(items.map((i) => i.kind)).toEqual(['cluster', 'marker'])
    expect(items[0]!.kind === 'cluster' && items[0]!.markers.map((m) => m.stage)).toEqual(['met', 'followed-up', 'one-to-one'])
  })

  it('never draws two items closer than a slot, nor anything cut off at the chart’s edges, nor more than the width holds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 450 }), { maxLength: 300 }), fc.integer({ min: 40, max: 400 }), (days, width) => {
        const markers = days.sort((a, b) => a - b).map((d) => marker(at(d)))
        const items = drawnItems(markers, x, width)
        for (let i = 1; i < items.length; i++) expect(items[i]!.x - items[i - 1]!.x).toBeGreaterThanOrEqual(SLOT)
        for (const item of items) expect(item.x >= SLOT / 2 && item.x <= width - SLOT / 2).toBe(true)
        expect(items.length).toBeLessThanOrEqual(Math.floor(width / SLOT) + 1)
        const inside = days.filter((d) => d >= SLOT / 2 && d <= width - SLOT / 2).length
        expect(items.reduce((n, item) => n + (item.kind === 'cluster' ? item.markers.length : 1), 0)).toBe(inside)
      }),
    )
  })
})
