import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../../shared/api/channels'
import type { Handlers } from '../../../shared/api/contract'
import type { Envelope } from '../../../shared/api/envelope'
import { dispatch } from '../journal/api/dispatch'

export const REFUSED_SENDER = 'Kith refused a message that did not come from its own window.'

// Per ipcMain, the calls already registered: a second registration is a programming error.
const registeredOn = new WeakMap<object, Set<string>>()

/**
 * Registers every contract call behind one guard: trusted sender, then `dispatch`
 * (size limit, forbidden keys, schema, handler). Registering a call twice throws before anything is registered.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  const registered = registeredOn.get(ipcMain) ?? new Set<string>()
  const twice = CHANNELS.find((channel, i) => registered.has(channel) || CHANNELS.indexOf(channel) !== i)
  if (twice) throw new Error(`The call ${twice} is registered twice.`)
  registeredOn.set(ipcMain, registered)
  for (const channel of CHANNELS) {
    registered.add(channel)
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { message: REFUSED_SENDER } }
      return dispatch(channel, raw, handlers)
    })
  }
}
