/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { Channel } from '../../../shared/api/channels'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal
let path: string

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'kith-network-')), 'journal.json')
  journal = await openJournal(path, { now: () => now, lock: false })
  await call('journal:loadSample', {})
})

const onDisk = () => JSON.parse(readFileSync(path, 'utf8'))
const call = <T = never>(channel: Channel | string, input: unknown) => callThrough<T>(journal.handlers, channel, input)

describe('quick capture after an event', () => {
  it('adds several people met at an event in one step, each with a "met" conversation and a follow-up', async () => {
    const people = await call<{ id: string; name: string }[]>('people:capture', {
      eventId: 'ev-chamber',
      people: [
        { name: 'Ana Lima', company: 'Lima Bakery', talkedAbout: 'Opening a second shop', followUpInDays: 3 },
        { name: 'Bo Berg', talkedAbout: 'Needs a bookkeeper' },
        { name: 'Cy Dunn', followUpInDays: 7 },
      ],
    })
    expect(people.map((p) => p.name)).toEqual(['Ana Lima', 'Bo Berg', 'Cy Dunn'])
    const saved = onDisk()
    const ana = saved.people.find((p: { name: string }) => p.name === 'Ana Lima')
    expect(ana.howWeMet.eventId).toBe('ev-chamber')
    expect(
      saved.interactions.filter((i: { personIds: string[]; kind: string }) => i.kind === 'met' && people.some((p) => i.personIds.includes(p.id))),
    ).toHaveLength(3)
    const followUps = saved.followUps.filter((f: { personId: string }) => people.some((p) => p.id === f.personId))
    expect(followUps).toHaveLength(2)
    // "In 3 days" counts from the meeting: 9:00 on the third day after the mixer started.
    const due = new Date(saved.events.find((e: { id: string }) => e.id === 'ev-chamber').startsAt)
    due.setDate(due.getDate() + 3)
    due.setHours(9, 0, 0, 0)
    expect(followUps[0].dueAt).toBe(due.toISOString())
  })

  it('logs a namesake the person picked on the one already there, without a second record', async () => {
    const before = onDisk()
    const dana = before.people.find((p: { id: string }) => p.id === 'p-dana-reyes')
    const [seen] = await call<{ id: string }[]>('people:capture', {
      eventId: 'ev-chamber',
      people: [{ name: 'Dana Reyes', personId: 'p-dana-reyes', followUpInDays: 2 }],
    })
    expect(seen!.id).toBe('p-dana-reyes')
    const after = onDisk()
    expect(after.people).toHaveLength(before.people.length)
    expect(after.people.find((p: { id: string }) => p.id === 'p-dana-reyes').howWeMet).toEqual(dana.howWeMet)
    const talk = after.interactions.find(
      (i: { personIds: string[]; eventId?: string; kind: string }) => i.personIds[0] === 'p-dana-reyes' && i.eventId === 'ev-chamber' && i.kind === 'event',
    )
    expect(talk.summary).toBe('Saw Dana Reyes again')
    expect(after.followUps.filter((f: { personId: string }) => f.personId === 'p-dana-reyes').length).toBeGreaterThan(
      before.followUps.filter((f: { personId: string }) => f.personId === 'p-dana-reyes').length,
    )
    await expect(call('people:capture', { people: [{ name: 'Nobody', personId: 'p-gone' }] })).rejects.toThrow(/person/)
  })

  it('refuses the whole capture when one row is bad, and saves nothing', async () => {
    const before = onDisk().people.length
    const result = await dispatch('people:capture', { people: [{ name: 'Fine' }, { name: '' }] }, journal.handlers)
    expect(result).toMatchObject({ ok: false, error: { field: 'people.1.name' } })
    expect(onDisk().people).toHaveLength(before)
  })
})

describe('merging duplicates', () => {
  it('keeps every conversation, referral, follow-up and attendance of both people', async () => {
    const dup = await call<{ id: string }>('people:create', { name: 'Dana R.', emails: ['dana@personal.example'], tags: ['gardening'] })
    await call('interactions:create', { date: '2026-11-20T10:00:00Z', kind: 'call', personIds: [dup.id], summary: 'Called about spring' })
    await call('followups:create', { personId: dup.id, dueAt: '2026-12-05T09:00:00Z', note: 'Send the quote' })
    const before = onDisk()
    const danaInteractions = before.interactions.filter((i: { personIds: string[] }) => i.personIds.includes('p-dana-reyes')).length
    const merged = await call<{ emails: string[]; tags: string[]; name: string }>('people:merge', { keepId: 'p-dana-reyes', mergeId: dup.id })
    expect(merged.name).toBe('Dana Reyes')
    expect(merged.emails).toContain('dana@personal.example')
    expect(merged.tags).toContain('gardening')
    const after = onDisk()
    expect(after.people.some((p: { id: string }) => p.id === dup.id)).toBe(false)
    expect(after.interactions.filter((i: { personIds: string[] }) => i.personIds.includes('p-dana-reyes'))).toHaveLength(danaInteractions + 1)
    expect(after.followUps.some((f: { note: string; personId: string }) => f.note === 'Send the quote' && f.personId === 'p-dana-reyes')).toBe(true)
    expect(JSON.stringify(after)).not.toContain(dup.id)
  })

  it('refuses to merge a person with themselves', async () => {
    await expect(call('people:merge', { keepId: 'p-dana-reyes', mergeId: 'p-dana-reyes' })).rejects.toThrow(/two different people/)
  })
})

describe('views', () => {
  it('the timeline, people list and ledger reflect a new referral at once', async () => {
    const before = await call<{ lanes: { personId: string; stage: string }[] }>('timeline:get', {})
    expect(before.lanes.find((l) => l.personId === 'p-sofia-marin')!.stage).toBe('met')
    await call('referrals:create', { date: '2026-11-28T10:00:00Z', direction: 'received', fromPersonId: 'p-sofia-marin', about: 'A logo job' })
    const after = await call<{ lanes: { personId: string; stage: string }[] }>('timeline:get', {})
    expect(after.lanes.find((l) => l.personId === 'p-sofia-marin')!.stage).toBe('referral-received')
    const overview = await call<{ rows: { id: string; stage: string }[] }>('people:overview', { stage: 'referral-received' })
    expect(overview.rows.map((r) => r.id)).toContain('p-sofia-marin')
    const ledger = await call<{ unreturned: { personId: string; name: string }[] }>('referrals:ledger', {})
    expect(ledger.unreturned.map((u) => u.name)).toContain('Sofia Marín')
  })

  it('a person timeline shows who introduced us and whom they introduced', async () => {
    const samuel = await call<{ introducedBy?: { name: string } }>('people:timeline', { id: 'p-samuel-adeyemi' })
    expect(samuel.introducedBy?.name).toBe('Noah Williams')
    const noah = await call<{ introduced: { name: string }[] }>('people:timeline', { id: 'p-noah-williams' })
    expect(noah.introduced.map((p) => p.name).sort()).toEqual(['Julia Novak', 'Ryan O’Connell', 'Samuel Adeyemi'])
  })

  it('search finds a person added a moment ago', async () => {
    await call('people:create', { name: 'Zelda Quartermaine' })
    const hits = await call<{ title: string }[]>('search:query', { query: 'quarterm' })
    expect(hits[0]!.title).toBe('Zelda Quartermaine')
  })
})
