/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal
let path: string

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'kith-service-')), 'journal.json')
  journal = await openJournal(path, { now: () => now })
})

const onDisk = () => JSON.parse(readFileSync(path, 'utf8'))
const call = (channel: string, input: unknown) => callThrough(journal.handlers, channel, input)

describe('the journal service', () => {
  it('a new journal is not onboarded until the user chooses how to start', async () => {
    expect(await call('journal:status', {})).toMatchObject({ onboarded: false, readOnly: false, path })
    const status = await call('journal:startEmpty', {})
    expect(status).toMatchObject({ onboarded: true, counts: { people: 0 } })
    expect(onDisk().settings.onboarded).toBe(true)
  })

  it('loads the sample only into an empty journal, so nothing of the user is replaced', async () => {
    await call('people:create', { name: 'Mine' })
    await expect(call('journal:loadSample', {})).rejects.toThrow(/only be loaded into an empty journal/)
    expect(onDisk().people).toHaveLength(1)
  })

  it('a created person is on disk when the call returns', async () => {
    const person = (await call('people:create', { name: '  Dana Reyes ', company: 'Reyes Landscaping', notes: 'Met at the mixer' })) as {
      id: string
      name: string
    }
    expect(person.name).toBe('Dana Reyes')
    const saved = onDisk().people[0]
    expect(saved).toMatchObject({ id: person.id, name: 'Dana Reyes', company: 'Reyes Landscaping', archived: false, createdAt: now.toISOString() })
    expect(saved.notes[0]).toMatchObject({ text: 'Met at the mixer', private: false })
  })

  it('gets, updates and archives a person; archived people are hidden unless asked for', async () => {
    const { id } = (await call('people:create', { name: 'Marcus Bell' })) as { id: string }
    await call('people:update', { id, patch: { role: 'Partner', metOn: '2026-10-01', archived: true } })
    expect(await call('people:get', { id })).toMatchObject({ role: 'Partner', howWeMet: { date: '2026-10-01' }, archived: true })
    expect(await call('people:list', {})).toEqual([])
    expect(await call('people:list', { includeArchived: true })).toHaveLength(1)
  })

  it('says which record is missing', async () => {
    await expect(call('people:get', { id: 'nobody' })).rejects.toThrow(/No person with id "nobody"/)
    await expect(call('followups:create', { personId: 'nobody', dueAt: now.toISOString(), note: 'x' })).rejects.toThrow(/personId: no person/)
  })

  it('refuses an event that ends before it starts, naming the field, and saves nothing', async () => {
    const result = await dispatch('events:create', { title: 'Mixer', startsAt: '2026-12-01T18:00:00Z', endsAt: '2026-12-01T17:00:00Z' }, journal.handlers)
    expect(result).toMatchObject({ ok: false, error: { field: 'endsAt' } })
    expect(onDisk().events).toEqual([])
  })

  it('records events, conversations, referrals and follow-ups', async () => {
    const { id: personId } = (await call('people:create', { name: 'Tom Nguyen' })) as { id: string }
    const event = (await call('events:create', {
      title: 'Chamber mixer',
      kind: 'chamber-mixer',
      startsAt: '2026-12-03T17:00:00Z',
      expectedAttendeeIds: [personId],
    })) as { id: string }
    await call('interactions:create', { date: '2026-11-20T10:00:00Z', kind: 'coffee', personIds: [personId], summary: 'Coffee', eventId: event.id })
    await call('referrals:create', { date: '2026-11-21T10:00:00Z', direction: 'given', toPersonId: personId, about: 'A client who needs insurance' })
    await call('followups:create', { personId, dueAt: '2026-12-01T09:00:00Z', note: 'Ask how the intro went' })
    const saved = onDisk()
    expect(saved.events[0].expectedAttendeeIds).toEqual([personId])
    expect(saved.interactions[0]).toMatchObject({ kind: 'coffee', personIds: [personId] })
    expect(saved.referrals[0]).toMatchObject({ status: 'introduced', thanked: false })
    expect(saved.followUps[0]).toMatchObject({ status: 'pending', note: 'Ask how the intro went' })
    expect(await call('interactions:list', { personId })).toHaveLength(1)
  })

  it('updates settings and refuses invalid ones', async () => {
    await call('settings:update', { patch: { theme: 'dark', defaultCadenceDays: 60 } })
    expect(onDisk().settings).toMatchObject({ theme: 'dark', defaultCadenceDays: 60 })
    const bad = await dispatch('settings:update', { patch: { theme: 'neon' } }, journal.handlers)
    expect(bad).toMatchObject({ ok: false, error: { field: 'patch.theme' } })
  })
})
