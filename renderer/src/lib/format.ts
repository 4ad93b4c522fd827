/** Dates as people read them, in their own locale and time zone. */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })

export function formatDate(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date)
}

export function formatWhen(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : weekdayFormat.format(date)
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

/** "Sun, Dec 6, 9:00 AM – 5:00 PM" when it ends the same day; both dates in full otherwise. */
export function formatTimeRange(startsAt: string, endsAt?: string): string {
  if (!endsAt) return formatWhen(startsAt)
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const sameDay = start.toDateString() === end.toDateString()
  return `${formatWhen(startsAt)} – ${sameDay ? timeFormat.format(end) : formatWhen(endsAt)}`
}

/** An amount in the user's currency, as their locale writes it: "$4,500", "4.500 €"; cents only when there are some. */
export function formatMoney(value: number, currency: string): string {
  const cents = Number.isInteger(value) ? 0 : undefined
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value)
}

/** Date-and-time fields give local "YYYY-MM-DDTHH:mm"; the API wants ISO 8601 with an offset. */
export function localToIso(local: string): string {
  return new Date(local.replace(' ', 'T')).toISOString()
}

/** An instant as a date-and-time field shows it: "2026-12-07T18:30" in the user's zone. */
export function isoToLocal(iso: string | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const sizeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** A file size as people say it: "512 bytes", "12 KB", "7 MB", "1.5 MB" (no ".0"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${sizeNumber.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return `${sizeNumber.format(Math.round(bytes / 1024))} KB`
  return `${sizeNumber.format(bytes / (1024 * 1024))} MB`
}
