import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../../shared/api/channels'
import type { Handlers } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/envelope'
import { dispatch } from '../api/dispatch'

export const REFUSED_SENDER = 'Kith refused a message that did not come from its own window.'

/**
 * Registers every contract call behind one guard: trusted sender, then `dispatch`
 * (size limit, forbidden keys, schema, handler). A second registration of a channel is a programming error.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  const registered = new Set<string>()
  for (const channel of CHANNELS) {
    if (registered.has(channel)) throw new Error(`The call ${channel} is registered twice.`)
    registered.add(channel)
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { message: REFUSED_SENDER } }
      return dispatch(channel, raw, handlers)
    })
  }
}
