import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../electron/bridge/server'
import { openJournal, type OpenJournal } from '../../electron/main/journal/openJournal'

let dir: string
let journal: OpenJournal
let bridge: Bridge

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kith-bridge-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kith</title>')
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser')
  journal = await openJournal(join(dir, 'journal.json'))
  bridge = await startBridge({ handlers: journal.handlers, rendererDir })
  journal.store.onChange(() => bridge.push({ type: 'journal:changed' }))
})
afterAll(async () => {
  await bridge.close()
  await journal.store.flush()
})

const base = () => `http://127.0.0.1:${bridge.port}`
const call = (channel: string, body: unknown, token = bridge.token) =>
  fetch(`${base()}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('the browser bridge', () => {
  it('prints a URL on 127.0.0.1 that carries its token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('refuses a call without the token, or with a wrong one, with 403', async () => {
    const none = await fetch(`${base()}/api/people:list`, { method: 'POST', body: '{}' })
    expect(none.status).toBe(403)
    const wrong = await call('people:list', {}, 'x'.repeat(bridge.token.length))
    expect(wrong.status).toBe(403)
    const events = await fetch(`${base()}/api/events`)
    expect(events.status).toBe(403)
  })

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path: '/', headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0))
      req.end()
    })
    expect(status).toBe(403)
  })

  it('serves the same contract as IPC: a created person is saved to the journal file', async () => {
    const created = await call('people:create', { name: 'Dana Reyes', company: 'Reyes Landscaping' })
    expect(created.status).toBe(200)
    const envelope = (await created.json()) as { ok: boolean; value: { id: string; name: string } }
    expect(envelope.ok).toBe(true)
    const onDisk = JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8'))
    expect(onDisk.people.map((p: { name: string }) => p.name)).toContain('Dana Reyes')
  })

  it('answers bad input with a readable error naming the field', async () => {
    const response = await call('people:create', { name: '' })
    expect(response.status).toBe(400)
    const envelope = (await response.json()) as { ok: boolean; error: { message: string; field: string } }
    expect(envelope.error.field).toBe('name')
    expect(envelope.error.message).toMatch(/name is required/)
  })

  it('answers an unknown call and malformed JSON with readable errors', async () => {
    const unknown = (await (await call('people:explode', {})).json()) as { error: { message: string } }
    expect(unknown.error.message).toMatch(/no call named "people:explode"/)
    const malformed = await fetch(`${base()}/api/people:list`, { method: 'POST', headers: { authorization: `Bearer ${bridge.token}` }, body: '{nope' })
    expect(malformed.status).toBe(400)
  })

  it('streams push events to a subscriber holding the token', async () => {
    const controller = new AbortController()
    const response = await fetch(`${base()}/api/events?token=${bridge.token}`, { signal: controller.signal })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.getReader()
    await reader.read() // the ": connected" comment
    await call('people:create', { name: 'Marcus Bell' })
    const { value } = await reader.read()
    expect(new TextDecoder().decode(value)).toContain('"type":"journal:changed"')
    controller.abort()
  })

  it('serves the renderer but nothing outside its folder', async () => {
    expect((await fetch(`${base()}/`)).status).toBe(200)
    const escape = await fetch(`${base()}/..%2Fsecret.txt`)
    expect(escape.status).not.toBe(200)
    expect(await escape.text()).not.toContain('not for the browser')
  })
})
