/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal
let path: string

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'kith-events-update-')), 'journal.json')
  journal = await openJournal(path, { now: () => now, lock: false })
  await dispatch('journal:loadSample', {}, journal.handlers)
})
afterEach(async () => {
  await journal.store.close()
})

const onDisk = () => JSON.parse(readFileSync(path, 'utf8')) as { events: { id: string; expectedAttendeeIds: string[]; goals?: string }[] }

describe('events:update', () => {
  it('adds and removes expected attendees and saves the goals to the journal file', async () => {
    const result = await dispatch(
      'events:update',
      { id: 'ev-conference', patch: { expectedAttendeeIds: ['p-marcus-bell'], goals: 'Meet two property managers' } },
      journal.handlers,
    )
    expect(result.ok).toBe(true)
    await journal.store.flush()
    const event = onDisk().events.find((e) => e.id === 'ev-conference')!
    expect(event.expectedAttendeeIds).toEqual(['p-marcus-bell'])
    expect(event.goals).toBe('Meet two property managers')
  })

  it('refuses an end before the start, naming the field, and changes nothing', async () => {
    const before = JSON.stringify(journal.store.journal.events)
    const result = await dispatch('events:update', { id: 'ev-conference', patch: { endsAt: '2000-01-01T00:00:00Z' } }, journal.handlers)
    expect(result).toEqual({ ok: false, error: { message: 'endsAt: the end must not be before the start.', field: 'endsAt' } })
    expect(JSON.stringify(journal.store.journal.events)).toBe(before)
  })

  it('refuses an attendee who is not in the journal', async () => {
    const result = await dispatch('events:update', { id: 'ev-conference', patch: { expectedAttendeeIds: ['p-nobody'] } }, journal.handlers)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.field).toBe('expectedAttendeeIds')
  })
})
