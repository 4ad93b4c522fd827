/** The largest message either transport accepts (a whole-journal import fits; a runaway paste does not). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024
