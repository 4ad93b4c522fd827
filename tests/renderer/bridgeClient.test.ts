import { describe, expect, it } from 'vitest'
import type { PushEvent } from '../../shared/api/channels'
import { KithApiError } from '../../shared/api/envelope'
import { createBridgeClient, type BridgeEnvironment } from '../../renderer/src/api/bridgeClient'

type Sent = { url: string; init: RequestInit }

function memoryStorage(): BridgeEnvironment['storage'] {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

class FakeEventSource {
  onmessage: ((event: MessageEvent<string>) => void) | null = null
  closed = false
  constructor(readonly url: string) {}
  close() {
    this.closed = true
  }
  emit(data: string) {
    this.onmessage?.({ data } as MessageEvent<string>)
  }
}

function bridgeEnv(answer: { status: number; body: unknown }, search = '?token=s3cret') {
  const sent: Sent[] = []
  const streams: FakeEventSource[] = []
  const env: BridgeEnvironment = {
    search,
    storage: memoryStorage(),
    fetch: (async (url: string, init: RequestInit) => {
      sent.push({ url, init })
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } })
    }) as typeof fetch,
    openEvents: (url) => {
      const stream = new FakeEventSource(url)
      streams.push(stream)
      return stream as unknown as EventSource
    },
  }
  return { env, sent, streams }
}

describe('the browser bridge client', () => {
  it('posts each call to /api/<channel> with the bearer token and the input as JSON', async () => {
    const { env, sent } = bridgeEnv({ status: 200, body: { ok: true, value: [] } })
    const kith = createBridgeClient(env)
    await expect(kith.people.list({ includeArchived: true })).resolves.toEqual([])

    expect(sent).toHaveLength(1)
    expect(sent[0]!.url).toBe('/api/people:list')
    expect(sent[0]!.init.method).toBe('POST')
    expect((sent[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer s3cret')
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ includeArchived: true })
  })

  it('throws the readable message (and field) from an error envelope', async () => {
    const { env } = bridgeEnv({ status: 400, body: { ok: false, error: { message: 'Could not people:create: name is required.', field: 'name' } } })
    const failure = await createBridgeClient(env)
      .people.create({ name: '' })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(KithApiError)
    expect((failure as KithApiError).message).toBe('Could not people:create: name is required.')
    expect((failure as KithApiError).field).toBe('name')
  })

  it('says what to do when the server answers with something that is not an envelope', async () => {
    const { env } = bridgeEnv({ status: 502, body: undefined })
    env.fetch = (async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })) as typeof fetch
    await expect(createBridgeClient(env).journal.status({})).rejects.toThrow(/answered 502 Bad Gateway\. Restart Kith/)
  })

  it('keeps the token for reloads that lost the ?token= query', async () => {
    const { env, sent } = bridgeEnv({ status: 200, body: { ok: true, value: {} } })
    createBridgeClient(env)
    await createBridgeClient({ ...env, search: '' }).settings.get({})
    expect((sent[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer s3cret')
  })

  it('streams push events from one EventSource and closes it when the last listener leaves', () => {
    const { env, streams } = bridgeEnv({ status: 200, body: {} })
    const kith = createBridgeClient(env)
    const seen: PushEvent[][] = [[], []]
    const stopFirst = kith.onEvent((e) => seen[0]!.push(e))
    const stopSecond = kith.onEvent((e) => seen[1]!.push(e))

    expect(streams).toHaveLength(1)
    expect(streams[0]!.url).toBe('/api/events?token=s3cret')
    streams[0]!.emit(JSON.stringify({ type: 'journal:changed' }))
    streams[0]!.emit('not json')
    expect(seen).toEqual([[{ type: 'journal:changed' }], [{ type: 'journal:changed' }]])

    stopFirst()
    expect(streams[0]!.closed).toBe(false)
    stopSecond()
    expect(streams[0]!.closed).toBe(true)
  })
})
