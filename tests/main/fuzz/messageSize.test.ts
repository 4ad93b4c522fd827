/** @vitest-environment node */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../../electron/bridge/server'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { MAX_MESSAGE_BYTES, inspectMessage } from '../../../electron/main/journal/api/limits'
import { openJournalUnderTest, type JournalUnderTest } from './journalUnderTest'

const MB = 1024 * 1024

let journal: JournalUnderTest
let bridge: Bridge
beforeAll(async () => {
  journal = await openJournalUnderTest()
  const rendererDir = join(dirname(journal.path), 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kith</title>')
  bridge = await startBridge({ handlers: journal.handlers, rendererDir, port: 0 })
})
afterAll(async () => {
  await bridge.close()
  await journal.close()
})

const post = (channel: string, body: string) =>
  fetch(`http://127.0.0.1:${bridge.port}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
    body,
  })

describe('oversized messages are refused with a clear error, on both transports', () => {
  it('the bridge answers 413 with a readable message and saves nothing', async () => {
    const before = await journal.bytes()
    const response = await post('people:create', JSON.stringify({ name: 'Dana', notes: 'x'.repeat(9 * MB) }))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ ok: false, error: { message: 'The message is larger than 8 MB, so Kith refused it.' } })
    expect((await journal.bytes()).equals(before)).toBe(true)
    // The connection is still usable afterwards: the bridge drained the rest of the body.
    expect((await post('people:list', '{}')).status).toBe(200)
  })

  it('dispatch refuses an oversized message itself, so IPC is covered by the same check', async () => {
    const before = await journal.bytes()
    const answer = await dispatch('people:create', { name: 'Dana', notes: 'x'.repeat(9 * MB) }, journal.handlers)
    expect(answer).toEqual({ ok: false, error: { message: 'Could not add the person: the message is larger than 8 MB, so Kith refused it.' } })
    expect((await journal.bytes()).equals(before)).toBe(true)
  })

  it('counts bytes, not characters: 3 MB of three-byte characters is 9 MB on the wire', () => {
    expect(inspectMessage({ notes: '€'.repeat(3 * MB) })?.message).toMatch(/larger than 8 MB/)
    expect(inspectMessage({ notes: 'x'.repeat(3 * MB) })).toBeUndefined()
  })

  it('a huge list of small items is refused without walking all of it', () => {
    const personIds = new Array(5_000_000).fill(1)
    const started = performance.now()
    expect(inspectMessage({ personIds })?.message).toMatch(/larger than 8 MB/)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('a message under the limit reaches the schema, which names the field that is too long', async () => {
    const answer = await dispatch('people:create', { name: 'Dana', notes: 'x'.repeat(MAX_MESSAGE_BYTES / 2) }, journal.handlers)
    expect(answer).toEqual({ ok: false, error: { message: 'Could not add the person: notes must be at most 20000 characters.', field: 'notes' } })
  })

  it('a 5 MB name is refused by its schema, through the bridge as well', async () => {
    const response = await post('people:create', JSON.stringify({ name: 'D'.repeat(5 * MB) }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ ok: false, error: { message: 'Could not add the person: name must be at most 200 characters.', field: 'name' } })
  })

  it('values that are not plain data (possible over IPC) are refused by name', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ name: 'Dana', tags: new Map([['a', 1]]) }, /^Could not add the person: tags is not plain data/],
      [{ name: 'Dana', metOn: new Date() }, /^Could not add the person: metOn is not plain data/],
      [{ name: 'Dana', notes: new Uint8Array(16) }, /^Could not add the person: notes is not plain data/],
      [{ name: 'Dana', cadenceDays: 10n }, /^Could not add the person: cadenceDays is a bigint, which is not plain data/],
    ]
    for (const [input, message] of cases) {
      const answer = await dispatch('people:create', input, journal.handlers)
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.message).toMatch(message)
    }
  })
})
