import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../electron/bridge/server'
import { openJournal, type OpenJournal } from '../../electron/main/journal/openJournal'

let journal: OpenJournal
let bridge: Bridge

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bridge-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Kith</title>')
  journal = await openJournal(join(dir, 'journal.json'))
  bridge = await startBridge({ handlers: journal.handlers, rendererDir: join(dir, 'renderer') })
})
afterAll(async () => {
  await bridge.close()
  await journal.store.close()
})

/** Sends raw HTTP, so a request can carry what fetch would never send (two Host headers). */
function rawRequest(lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(bridge.port, '127.0.0.1', () => socket.end(`${lines.join('\r\n')}\r\n\r\n`))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('the bridge with malformed requests', () => {
  it('answers a malformed % escape in a file path with 400, not 500', async () => {
    const response = await fetch(`http://127.0.0.1:${bridge.port}/%E0%A4%A`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/escape/)
  })

  it('answers a malformed % escape in a call name with 400', async () => {
    const response = await fetch(`http://127.0.0.1:${bridge.port}/api/people%ZZlist`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}` },
      body: '{}',
    })
    expect(response.status).toBe(400)
  })

  it('refuses a request with two Host headers', async () => {
    const answer = await rawRequest(['GET / HTTP/1.1', `Host: 127.0.0.1:${bridge.port}`, 'Host: evil.example', 'Connection: close'])
    expect(answer).toMatch(/^HTTP\/1\.1 (400|403)/)
    expect(answer).not.toContain('<title>Kith</title>')
  })
})
