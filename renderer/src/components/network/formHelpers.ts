import { localDay } from '../../../../shared/derive/localDay'
import { KithApiError } from '../../../../shared/api/envelope'
import { notifyError } from '../notify'

/** Today as YYYY-MM-DD in the user's own time zone (what a date field shows). */
export const todayLocal = (now = new Date()): string => localDay(now)

/** A day picked in a date field as an instant: now if it is today, else noon that day (local). */
export function dayToIso(day: string, now = new Date()): string {
  return day === todayLocal(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString()
}

export const isFutureDay = (day: string, now = new Date()) => day > todayLocal(now)

export const blankToUndefined = (value: string) => (value.trim() ? value.trim() : undefined)

type FieldForm = { values: object; setFieldError: (path: string, error: string) => void }

/**
 * Shows the service's refusal at the field it names ("patch.company" → company), or in a
 * notification when no field on this form matches.
 */
export function showServiceError(form: FieldForm, error: unknown, title: string, aliases: Record<string, string> = {}) {
  if (error instanceof KithApiError && error.field) {
    const path = error.field.replace(/^patch\./, '')
    const field = aliases[path] ?? path
    const top = field.split('.')[0]!
    if (top in form.values) {
      form.setFieldError(field, error.message)
      return
    }
  }
  notifyError(title, error)
}
