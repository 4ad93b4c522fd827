import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../../shared/api/channels'
import type { Handlers } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/envelope'
import { dispatch } from '../api/dispatch'
import { MAX_MESSAGE_BYTES } from '../api/limits'

export const REFUSED_SENDER = 'Kith refused a message that did not come from its own window.'

/**
 * Registers every contract call behind one guard: trusted sender, size limit, schema,
 * then the handler. A second registration of a channel is a programming error.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  const registered = new Set<string>()
  for (const channel of CHANNELS) {
    if (registered.has(channel)) throw new Error(`The call ${channel} is registered twice.`)
    registered.add(channel)
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { message: REFUSED_SENDER } }
      if (tooLarge(raw)) return { ok: false, error: { message: `The message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB, so Kith refused it.` } }
      return dispatch(channel, raw, handlers)
    })
  }
}

function tooLarge(raw: unknown): boolean {
  try {
    return (JSON.stringify(raw ?? {})?.length ?? 0) > MAX_MESSAGE_BYTES
  } catch {
    return true
  }
}
