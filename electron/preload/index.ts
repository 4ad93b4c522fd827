/**
 * The bridge between the sandboxed window and the main process. It exposes named
 * functions built from the contract's channel list, never ipcRenderer itself nor a
 * generic invoke, so a compromised page can only make the calls Kith defines.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Channel, PushEvent } from '../../shared/api/channels'
import { unwrap, type Envelope } from '../../shared/api/envelope'
import { buildKithApi, type KithApi } from '../../shared/api/kithApi'
import { PUSH_CHANNEL } from '../../shared/api/push'

/** The contract's call names, put here at build time (electron.vite.config.ts `define`), so the schemas stay out of the preload. */
declare const __KITH_CHANNELS__: readonly Channel[]

const kith = buildKithApi(
  __KITH_CHANNELS__,
  async (channel, input) => unwrap((await ipcRenderer.invoke(channel, input)) as Envelope<unknown>),
  (listener) => {
    // Strip the IPC event: the page gets the payload only.
    const relay = (_event: IpcRendererEvent, payload: PushEvent) => listener(payload)
    ipcRenderer.on(PUSH_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, relay)
    }
  },
) satisfies KithApi

contextBridge.exposeInMainWorld('kith', kith)
