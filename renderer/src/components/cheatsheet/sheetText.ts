import type { SheetPerson } from '../../../../shared/derive/cheatSheet'
import { REFERRAL_STATUS_LABELS } from '../../lib/labels'

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** "Nov 12" on paper, with the year only when it is not the event's year: short lines fit more people. */
export function sheetDate(iso: string | undefined, eventYear: number): string {
  if (!iso) return ''
  // A bare calendar date is that day wherever the user is, not midnight UTC.
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return (date.getFullYear() === eventYear ? dayMonth : dayMonthYear).format(date)
}

/** "Met: Acme holiday work party · Nov 10 · via Noah Williams" */
export function howWeMetLine(person: SheetPerson, eventYear: number): string {
  const { eventTitle, place, date, introducedBy } = person.howWeMet
  const parts = [eventTitle ?? place, sheetDate(date, eventYear), introducedBy && `via ${introducedBy}`].filter(Boolean)
  return parts.length ? `Met: ${parts.join(' · ')}` : 'How we met is not recorded'
}

/** "← they gave: … (Closed, $4,500)" / "→ I gave: … (Introduced)"; `money` formats in the user's currency. */
export function referralLine(referral: SheetPerson['referrals'][number], money: (value: number) => string): string {
  const arrow = referral.direction === 'given' ? '→ I gave' : '← they gave'
  const status = REFERRAL_STATUS_LABELS[referral.status]
  const value = referral.closedValue !== undefined ? `, ${money(referral.closedValue)}` : ''
  return `${arrow}: ${referral.about} (${status}${value})`
}
