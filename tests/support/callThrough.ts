import { dispatch } from '../../electron/main/journal/api/dispatch'
import type { Handlers } from '../../shared/api/contract'

/** A call through the real dispatch, as the window makes it; a refused call throws its readable message. */
export async function callThrough<T = never>(handlers: Handlers, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, handlers)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}
