/**
 * What crosses the bridge for every call: a value, or an error a person can read.
 * Errors travel as data (not thrown across IPC) so the renderer sees our message,
 * not Electron's "Error invoking remote method ..." wrapper.
 */
export type ApiError = { message: string; field?: string }
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export class KithApiError extends Error {
  readonly field?: string
  constructor(error: ApiError) {
    super(error.message)
    this.name = 'KithApiError'
    this.field = error.field
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope && envelope.ok === true) return envelope.value
  const error = envelope && envelope.ok === false ? envelope.error : { message: 'Kith sent an answer it could not read.' }
  throw new KithApiError(error)
}
