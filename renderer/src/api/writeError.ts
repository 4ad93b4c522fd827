import { KithApiError } from '../../../shared/api/envelope'
import { notifyError } from '../components/notify'

type FieldForm = { values: object; setFieldError: (path: string, error: string) => void }

/** What a write says when it fails: a title, and the form whose fields may carry the service's reason. */
export type WriteMeta = { failure: string; form?: FieldForm; aliases?: Record<string, string> }

/**
 * The one error policy for writes: the service's refusal at the field it names on the form
 * ("patch.company" → company), otherwise a notification titled with what could not be done.
 */
export function showWriteError(error: unknown, meta: WriteMeta | undefined): void {
  const { form, aliases = {}, failure = 'Kith could not save this' } = meta ?? {}
  if (form && error instanceof KithApiError && error.field) {
    const path = error.field.replace(/^patch\./, '')
    const field = aliases[path] ?? path
    if (field.split('.')[0]! in form.values) {
      form.setFieldError(field, error.message)
      return
    }
  }
  notifyError(failure, error)
}
