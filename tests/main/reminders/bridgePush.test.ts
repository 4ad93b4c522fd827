/** @vitest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PushEvent } from '../../../shared/api/channels'
import { startBridge, type Bridge } from '../../../electron/bridge/server'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { startBridgeReminders } from '../../../electron/bridge/reminders'
import type { RunningReminders } from '../../../electron/main/journal/reminders/startReminders'

let dir: string
let journal: OpenJournal
let bridge: Bridge
let reminders: RunningReminders
const received: PushEvent[] = []
let stream: AbortController

/** Reads the bridge's event stream as the browser's EventSource would. */
async function listen() {
  stream = new AbortController()
  const response = await fetch(`http://127.0.0.1:${bridge.port}/api/events?token=${bridge.token}`, { signal: stream.signal })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (frame.startsWith('data: ')) received.push(JSON.parse(frame.slice(6)) as PushEvent)
      }
    }
  })()
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kith-bridge-reminders-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Kith</title>')
  journal = await openJournal(join(dir, 'journal.json'))
  bridge = await startBridge({ handlers: journal.handlers, rendererDir: join(dir, 'renderer') })
  // What the bridge CLI does: the same scheduler, notifying through push events only.
  reminders = startBridgeReminders(journal.store, bridge)
  await listen()
})
afterAll(async () => {
  reminders.stop()
  stream.abort()
  await bridge.close()
  await journal.store.close()
  rmSync(dir, { recursive: true, force: true })
})

const dueEvents = () => received.filter((e) => e.type === 'followup:due')

describe('reminders through the browser bridge', () => {
  it('a follow-up due in a moment arrives as one push event, and a snooze brings it back once', async () => {
    await journal.handlers['settings:update']({ patch: { weeklyReview: { enabled: false, weekday: 5, time: '16:00' } } })
    const dana = await journal.handlers['people:create']({ name: 'Dana Reyes' })
    const followUp = await journal.handlers['followups:create']({ personId: dana.id, dueAt: new Date(Date.now() + 300).toISOString(), note: 'Call Dana back' })
    await expect.poll(dueEvents, { timeout: 3_000 }).toHaveLength(1)
    expect(dueEvents()[0]).toEqual({ type: 'followup:due', followUpId: followUp.id, personId: dana.id, title: 'Dana Reyes', body: 'Call Dana back' })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(dueEvents()).toHaveLength(1)

    await journal.handlers['followups:snooze']({ id: followUp.id, until: new Date(Date.now() + 300).toISOString() })
    await expect.poll(dueEvents, { timeout: 3_000 }).toHaveLength(2)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(dueEvents()).toHaveLength(2)
  })
})
