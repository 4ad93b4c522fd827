/** @vitest-environment node */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type PushEvent } from '../../../shared/api/channels'
import { PUSH_CHANNEL } from '../../../shared/api/push'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}))
vi.mock('electron', () => electron)

type Exposed = Record<string, unknown>
let kith: Exposed

beforeAll(async () => {
  await import('../../../electron/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Exposed]
  expect(name).toBe('kith')
  kith = api
})

/** Every function reachable on window.kith, as `domain:verb` (or a top-level name). */
function functionNames(api: Exposed): string[] {
  const names: string[] = []
  for (const [key, value] of Object.entries(api)) {
    if (typeof value === 'function') names.push(key)
    else if (value && typeof value === 'object') {
      for (const [verb, fn] of Object.entries(value)) {
        expect(typeof fn, `${key}.${verb}`).toBe('function')
        names.push(`${key}:${verb}`)
      }
    } else throw new Error(`window.kith.${key} is neither a function nor a namespace`)
  }
  return names.sort()
}

function call(channel: string, input?: unknown): Promise<unknown> {
  const [domain, verb] = channel.split(':') as [string, string]
  const fn = (kith[domain] as Record<string, (input?: unknown) => Promise<unknown>>)[verb]!
  return fn(input)
}

describe('the preload', () => {
  it('exposes exactly the contract calls plus onEvent: no ipcRenderer, no generic invoke', () => {
    expect(functionNames(kith)).toEqual([...CHANNELS, 'onEvent'].sort())
    const everyValue = Object.values(kith).flatMap((v) => (typeof v === 'object' && v ? Object.values(v) : [v]))
    expect(everyValue).not.toContain(electron.ipcRenderer)
    expect(everyValue).not.toContain(electron.ipcRenderer.invoke)
  })

  it('invokes the named channel with the input (an empty object when none is given)', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { id: 'p1', name: 'Ada Lovelace' } })
    await expect(call('people:get', { id: 'p1' })).resolves.toEqual({ id: 'p1', name: 'Ada Lovelace' })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('people:get', { id: 'p1' })
    await call('people:list')
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('people:list', {})
  })

  it('turns an error envelope into a thrown Error carrying the readable message', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error: { message: 'Could not add the person: name is required.', field: 'name' } })
    const failure = await call('people:create', { name: '' }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toBe('Could not add the person: name is required.')
    expect((failure as { field?: string }).field).toBe('name')
  })

  it('onEvent passes the payload without the IPC event, and returns an unsubscribe function', () => {
    const listener = vi.fn()
    const unsubscribe = (kith.onEvent as (l: (e: PushEvent) => void) => () => void)(listener)
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(PUSH_CHANNEL, expect.any(Function))
    const relay = electron.ipcRenderer.on.mock.calls.at(-1)![1] as (event: unknown, payload: PushEvent) => void
    relay({ sender: 'the IPC event, which must not reach the page' }, { type: 'journal:changed' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]).toEqual([{ type: 'journal:changed' }])

    expect(typeof unsubscribe).toBe('function')
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(PUSH_CHANNEL, relay)
  })
})
