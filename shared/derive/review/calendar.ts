/**
 * Local weeks in the user's time zone, from `Intl.DateTimeFormat` alone.
 *
 * Why Intl and not date-fns + @date-fns/tz: the only zone question the review asks is
 * "which local day is this instant on, and when does a local day start"; Intl answers
 * both with the IANA database that ships with Node and Chromium, so the journal's
 * main process and the renderer agree without another dependency. Week arithmetic
 * then happens on calendar dates (`2026-11-01`), where every day is one day long,
 * so DST changes cannot shift a week boundary; only the final step back to an
 * instant consults the zone.
 */

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6
/** A calendar date without a time, `YYYY-MM-DD`. */
export type LocalDate = string

export type WeekOptions = { timeZone: string; weekStartsOn: Weekday }

/** One local week. `start` and `end` are instants (ISO, UTC); `end` is the next week's start (exclusive). */
export type Week = {
  startDate: LocalDate
  /** The week's last day (inclusive), for "Nov 1 – Nov 7". */
  lastDate: LocalDate
  start: string
  end: string
}

const DAY = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()
/** Start of each local day already computed, by zone and date. */
const dayStarts = new Map<string, number>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    } catch {
      throw new Error(`"${timeZone}" is not a time zone Kith knows. Use an IANA name such as Europe/Berlin or America/New_York.`)
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** The local wall-clock time of an instant, as if it were UTC (so plain arithmetic works). */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

const dateOfUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10)
const utcOfDate = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`)

/** The local calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: Date | string | number, timeZone: string): LocalDate {
  return dateOfUtc(wallClock(new Date(instant).getTime(), timeZone))
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfUtc(utcOfDate(date) + days * DAY)
}

export function weekdayOf(date: LocalDate): Weekday {
  return new Date(utcOfDate(date)).getUTCDay() as Weekday
}

/**
 * The first instant of a local day. Usually local midnight; where a DST change skips
 * midnight (as in America/Santiago or historically Asia/Beirut) the day starts at the change.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const key = `${timeZone} ${date}`
  let start = dayStarts.get(key)
  if (start === undefined) {
    // Bounded: a journal spans a few thousand distinct days; weeks and first meetings repeat them.
    if (dayStarts.size >= 50_000) dayStarts.clear()
    dayStarts.set(key, (start = computeStartOfLocalDay(date, timeZone)))
  }
  return start
}

function computeStartOfLocalDay(date: LocalDate, timeZone: string): number {
  const midnight = utcOfDate(date)
  // The offset a day either side bounds any change on this day; try both readings of midnight.
  const offsets = [midnight - DAY, midnight + DAY].map((probe) => wallClock(probe, timeZone) - probe)
  const valid = offsets.map((offset) => midnight - offset).filter((candidate) => wallClock(candidate, timeZone) === midnight)
  if (valid.length) return Math.min(...valid)
  // Midnight does not exist: find the first second that is on `date`.
  let low = midnight - Math.max(...offsets) - DAY
  let high = midnight - Math.min(...offsets) + DAY
  while (high - low > 1_000) {
    const mid = low + Math.floor((high - low) / 2_000) * 1_000
    if (localDateOf(mid, timeZone) >= date) high = mid
    else low = mid
  }
  return high
}

/** The local week starting on `startDate` (which must already be the week's first day). */
function weekFrom(startDate: LocalDate, timeZone: string): Week {
  return {
    startDate,
    lastDate: addDays(startDate, 6),
    start: new Date(startOfLocalDay(startDate, timeZone)).toISOString(),
    end: new Date(startOfLocalDay(addDays(startDate, 7), timeZone)).toISOString(),
  }
}

/** The first day of the week that contains the calendar date `date`. */
export function weekStartDate(date: LocalDate, weekStartsOn: Weekday): LocalDate {
  return addDays(date, -((weekdayOf(date) - weekStartsOn + 7) % 7))
}

/** The local week containing an instant. */
export function weekBounds(instant: Date | string | number, { timeZone, weekStartsOn }: WeekOptions): Week {
  return weekFrom(weekStartDate(localDateOf(instant, timeZone), weekStartsOn), timeZone)
}

/** The local week containing a calendar date (any day of it, not only the first). */
export function weekOfDate(date: LocalDate, { timeZone, weekStartsOn }: WeekOptions): Week {
  return weekFrom(weekStartDate(date, weekStartsOn), timeZone)
}

/** The `n` weeks before `week`, oldest first. */
export function previousWeeks(week: Week, n: number, { timeZone }: Pick<WeekOptions, 'timeZone'>): Week[] {
  return Array.from({ length: n }, (_, i) => weekFrom(addDays(week.startDate, -7 * (n - i)), timeZone))
}

/** The week after `week`. */
export function followingWeek(week: Week, { timeZone }: Pick<WeekOptions, 'timeZone'>): Week {
  return weekFrom(addDays(week.startDate, 7), timeZone)
}

/**
 * Regions whose week starts on Sunday or Saturday (everything else starts on Monday),
 * from the CLDR data ICU 74 ships; used where `Intl.Locale` has no week info.
 */
const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
)
const SATURDAY_FIRST = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '))
const FRIDAY_FIRST = new Set(['MV'])

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } }

/**
 * The first day of the week for a locale such as `en-US` (Sunday) or `de-DE` (Monday).
 * Uses `Intl.Locale#getWeekInfo` (Chromium, newer Node), the older `weekInfo` getter,
 * then a table by region; unknown or malformed locales get Monday (ISO 8601).
 */
export function weekStartsOnForLocale(locale: string): Weekday {
  let parsed: WeekInfoLocale
  try {
    parsed = new Intl.Locale(locale) as WeekInfoLocale
  } catch {
    return 1
  }
  try {
    const info = parsed.getWeekInfo?.() ?? parsed.weekInfo
    // Intl numbers days 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as Weekday
  } catch {
    // Fall through to the table.
  }
  return weekStartsOnForRegion(parsed.maximize().region)
}

/** The table behind `weekStartsOnForLocale`, exported so it can be tested on any runtime. */
export function weekStartsOnForRegion(region: string | undefined): Weekday {
  if (!region) return 1
  if (SUNDAY_FIRST.has(region)) return 0
  if (SATURDAY_FIRST.has(region)) return 6
  if (FRIDAY_FIRST.has(region)) return 5
  return 1
}
