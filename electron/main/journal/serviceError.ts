/**
 * An error a person can act on, thrown by a call's handler. `field` names the input it is about
 * (`metOn`, `people.0.id`), so a form can show it beside that field; dispatch sends it with the message.
 */
export class ServiceError extends Error {
  readonly field?: string

  constructor(message: string, field?: string) {
    super(message)
    this.name = new.target.name
    this.field = field
  }

  /** "metOn: that day is in the future. Pick today or an earlier day." */
  static about(field: string, reason: string): ServiceError {
    return new this(`${field}: ${reason}`, field)
  }
}

/** Anything the user asked for that is not there; the message says which. */
export class NotFoundError extends ServiceError {}
