import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  followingWeek,
  localDateOf,
  previousWeeks,
  startOfLocalDay,
  weekBounds,
  weekOfDate,
  weekStartsOnForLocale,
  weekStartsOnForRegion,
  weekdayOf,
  type Weekday,
} from '../../../shared/derive/weeklyReview'

const HOUR = 3_600_000
const length = (week: { start: string; end: string }) => (Date.parse(week.end) - Date.parse(week.start)) / HOUR

describe('local weeks', () => {
  it('a Sunday week in New York that crosses the end of daylight saving (2026-11-01) lasts 169 hours', () => {
    const week = weekBounds(new Date('2026-11-04T15:00:00Z'), { timeZone: 'America/New_York', weekStartsOn: 0 })
    expect(week).toEqual({
      startDate: '2026-11-01',
      lastDate: '2026-11-07',
      start: '2026-11-01T04:00:00.000Z', // midnight EDT (UTC-4)
      end: '2026-11-08T05:00:00.000Z', // midnight EST (UTC-5)
    })
    expect(length(week)).toBe(169)
  })

  it('a Monday week in Berlin that contains the start of summer time (2026-03-29) lasts 167 hours', () => {
    const week = weekBounds(new Date('2026-03-29T20:00:00Z'), { timeZone: 'Europe/Berlin', weekStartsOn: 1 })
    expect(week).toEqual({ startDate: '2026-03-23', lastDate: '2026-03-29', start: '2026-03-22T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' })
    expect(length(week)).toBe(167)
    // 23:30 Berlin time on Sunday is still that week; 00:30 on Monday is the next one.
    expect(weekBounds('2026-03-29T21:30:00Z', { timeZone: 'Europe/Berlin', weekStartsOn: 1 }).startDate).toBe('2026-03-23')
    expect(weekBounds('2026-03-29T22:30:00Z', { timeZone: 'Europe/Berlin', weekStartsOn: 1 }).startDate).toBe('2026-03-30')
  })

  it('the week of New Year 2027 spans both years, for Sunday and Monday starts', () => {
    const monday = weekBounds('2027-01-01T12:00:00Z', { timeZone: 'Europe/Berlin', weekStartsOn: 1 })
    expect(monday).toMatchObject({ startDate: '2026-12-28', lastDate: '2027-01-03', start: '2026-12-27T23:00:00.000Z', end: '2027-01-03T23:00:00.000Z' })
    const sunday = weekBounds('2026-12-31T12:00:00Z', { timeZone: 'America/New_York', weekStartsOn: 0 })
    expect(sunday).toMatchObject({ startDate: '2026-12-27', lastDate: '2027-01-02', start: '2026-12-27T05:00:00.000Z', end: '2027-01-03T05:00:00.000Z' })
  })

  it('the same instant is in different weeks for Sunday and Monday starts', () => {
    const sundayNoon = '2026-11-29T12:00:00Z'
    expect(weekBounds(sundayNoon, { timeZone: 'UTC', weekStartsOn: 0 }).startDate).toBe('2026-11-29')
    expect(weekBounds(sundayNoon, { timeZone: 'UTC', weekStartsOn: 1 }).startDate).toBe('2026-11-23')
    expect(weekBounds(sundayNoon, { timeZone: 'UTC', weekStartsOn: 6 }).startDate).toBe('2026-11-28')
  })

  it('uses the local date, not the UTC date: Saturday evening in New York is already Sunday in UTC', () => {
    const saturdayEvening = '2026-11-29T02:00:00Z' // 21:00 on Saturday the 28th in New York
    expect(localDateOf(saturdayEvening, 'America/New_York')).toBe('2026-11-28')
    expect(weekBounds(saturdayEvening, { timeZone: 'America/New_York', weekStartsOn: 0 }).startDate).toBe('2026-11-22')
  })

  it('finds the week of any day in it, and the weeks either side across a DST change', () => {
    const options = { timeZone: 'America/New_York', weekStartsOn: 0 as const }
    const week = weekOfDate('2026-11-05', options)
    expect(week.startDate).toBe('2026-11-01')
    const before = previousWeeks(week, 4, options)
    expect(before.map((w) => w.startDate)).toEqual(['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25'])
    expect(before[3]!.end).toBe(week.start) // contiguous: no gap or overlap at the change
    expect(before.map(length)).toEqual([168, 168, 168, 168])
    expect(followingWeek(week, options)).toMatchObject({ startDate: '2026-11-08', start: week.end })
  })

  it('a day whose midnight is skipped by DST starts at the change (America/Santiago)', () => {
    // Chile moves its clocks at midnight; the first instant of that day is 01:00.
    for (const date of ['2026-09-06', '2026-04-05']) {
      const start = startOfLocalDay(date, 'America/Santiago')
      expect(localDateOf(start, 'America/Santiago')).toBe(date)
      expect(localDateOf(start - 1_000, 'America/Santiago')).not.toBe(date)
    }
  })

  it('any instant lies in a week that starts at local midnight on the chosen weekday and ends where the next begins', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham', 'UTC']
    const instants = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') })
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), fc.integer({ min: 0, max: 6 }), (ms, timeZone, first) => {
        const options = { timeZone, weekStartsOn: first as Weekday }
        const week = weekBounds(ms, options)
        expect(Date.parse(week.start)).toBeLessThanOrEqual(ms)
        expect(Date.parse(week.end)).toBeGreaterThan(ms)
        expect(weekdayOf(week.startDate)).toBe(first)
        expect(localDateOf(week.start, timeZone)).toBe(week.startDate)
        expect(localDateOf(Date.parse(week.start) - 1_000, timeZone)).not.toBe(week.startDate)
        expect(weekBounds(week.end, options).start).toBe(week.end)
        expect(length(week)).toBeGreaterThanOrEqual(167)
        expect(length(week)).toBeLessThanOrEqual(169)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a time zone it does not know, saying what it expected', () => {
    expect(() => weekBounds(new Date(), { timeZone: 'Mars/Olympus', weekStartsOn: 1 })).toThrow(/"Mars\/Olympus" is not a time zone.*Europe\/Berlin/)
  })
})

describe('the first day of the week for a locale', () => {
  it('follows the locale: Sunday in the US, Monday in Germany, Saturday in Egypt', () => {
    expect(weekStartsOnForLocale('en-US')).toBe(0)
    expect(weekStartsOnForLocale('de-DE')).toBe(1)
    expect(weekStartsOnForLocale('en-GB')).toBe(1)
    expect(weekStartsOnForLocale('ar-EG')).toBe(6)
    expect(weekStartsOnForLocale('he')).toBe(0)
  })

  it('falls back to Monday for unknown or malformed locales', () => {
    expect(weekStartsOnForLocale('not a locale!')).toBe(1)
    expect(weekStartsOnForLocale('')).toBe(1)
  })

  it('has a table by region for runtimes without week info', () => {
    expect([
      weekStartsOnForRegion('US'),
      weekStartsOnForRegion('BR'),
      weekStartsOnForRegion('FR'),
      weekStartsOnForRegion('AF'),
      weekStartsOnForRegion('MV'),
      weekStartsOnForRegion(undefined),
    ]).toEqual([0, 0, 1, 6, 5, 1])
  })

  it('the table agrees with this runtime where it has week info', () => {
    for (const region of ['US', 'CA', 'JP', 'IN', 'DE', 'FR', 'GB', 'AU', 'EG', 'IR', 'SA', 'MV', 'BR', 'IL']) {
      const info = (new Intl.Locale(`und-${region}`) as Intl.Locale & { weekInfo?: { firstDay: number } }).weekInfo
      if (info) expect([region, weekStartsOnForRegion(region)]).toEqual([region, info.firstDay % 7])
    }
  })
})
