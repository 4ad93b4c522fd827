/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { CaptureProposal } from '../../../shared/capture/parseCapture'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
let journal: OpenJournal
let path: string

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'kith-capture-')), 'journal.json')
  journal = await openJournal(path, { now: () => now, lock: false })
  await callThrough(journal.handlers, 'journal:loadSample', {})
  await journal.store.flush()
})

const parse = (input: unknown) => callThrough<CaptureProposal>(journal.handlers, 'capture:parse', input)

describe('capture:parse', () => {
  it('proposes the sample journal’s own person and the latest of a weekly event, and writes nothing', async () => {
    const before = readFileSync(path, 'utf8')
    const proposal = await parse({ text: 'Coffee with Noah Williams after the leads group breakfast; he is looking for a printer. Follow up Tuesday.' })
    expect(proposal.people).toEqual([expect.objectContaining({ name: 'Noah Williams', match: expect.objectContaining({ id: 'p-noah-williams' }) })])
    // Three "Leads group breakfast" events: the one six days ago, not tomorrow's nor the one two months back.
    expect(proposal.event?.id).toBe('ev-leads-last')
    expect(proposal.conversation?.kind).toBe('coffee')
    expect(proposal.learned).toEqual(['Looking for a printer'])
    expect(proposal.followUp?.dateGuessed).toBe(false)
    await journal.store.flush()
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('takes the event the person chose, and refuses one the journal does not hold, naming the field', async () => {
    expect((await parse({ text: 'Met Noah Williams', eventId: 'ev-chamber' })).event?.id).toBe('ev-chamber')
    await expect(parse({ text: 'Met Noah Williams', eventId: 'ev-nowhere' })).rejects.toThrow(/eventId: no event with id "ev-nowhere"/)
  })

  it('refuses an empty note and an oversized one with a sentence a person can act on', async () => {
    await expect(parse({ text: '   ' })).rejects.toThrow(/text.*must not be empty/i)
    await expect(parse({ text: 'x'.repeat(2_001) })).rejects.toThrow(/text.*at most 2000 characters/i)
  })
})

describe('capture:apply', () => {
  const apply = (input: unknown) =>
    callThrough<{
      people: { id: string; name: string; notes: { text: string }[]; howWeMet: { date?: string; eventId?: string } }[]
      conversation?: { personIds: string[]; eventId?: string }
      followUp?: { personId?: string; dueAt: string }
    }>(journal.handlers, 'capture:apply', input)

  it('saves what the person confirmed in one change: a new person and a known one, the conversation, notes and the follow-up', async () => {
    const proposal = await parse({
      text: 'Met Noah Williams and Dana Reyes, CPA at Reyes & Co, at the leads group breakfast; she is looking for a bookkeeper; follow up Tuesday about the trends article',
    })
    const revision = journal.store.revision
    const saved = await apply({
      eventId: proposal.event?.id,
      people: proposal.people.map((p) => ({ id: p.match?.id, name: p.name, role: p.role, company: p.company })),
      conversation: proposal.conversation,
      learned: proposal.learned,
      followUp: proposal.followUp && { dueAt: proposal.followUp.dueAt, note: proposal.followUp.note },
    })
    expect(journal.store.revision).toBe(revision + 1)
    const [noah, dana] = saved.people
    expect(noah!.id).toBe('p-noah-williams')
    expect(dana!.name).toBe('Dana Reyes')
    expect(dana!.howWeMet).toEqual({ date: '2026-11-23', eventId: 'ev-leads-last' })
    expect(dana!.notes.map((n) => n.text)).toEqual(['Looking for a bookkeeper'])
    expect(noah!.notes.at(-1)!.text).toBe('Looking for a bookkeeper')
    expect(saved.conversation).toMatchObject({ personIds: ['p-noah-williams', dana!.id], eventId: 'ev-leads-last' })
    expect(saved.followUp).toMatchObject({ personId: 'p-noah-williams' })
    await journal.store.flush()
    const onDisk = JSON.parse(readFileSync(path, 'utf8')) as { people: { id: string }[]; interactions: { id: string }[]; followUps: { id: string }[] }
    expect(onDisk.people.some((p) => p.id === dana!.id)).toBe(true)
    expect(onDisk.followUps.some((f) => f.id === (saved.followUp as { id?: string }).id)).toBe(true)
  })

  it('saves nothing when any part is refused, and says which', async () => {
    const before = readFileSync(path, 'utf8')
    await expect(apply({ people: [{ name: 'New Person' }, { id: 'p-nobody', name: 'Ghost' }], learned: ['x'] })).rejects.toThrow(
      /people\.1\.id: no person with id "p-nobody"/,
    )
    await expect(
      apply({ people: [{ name: 'New Person' }], conversation: { date: '2026-12-30T10:00:00.000Z', kind: 'met', summary: 'later' } }),
    ).rejects.toThrow(/cannot be in the future/)
    await expect(apply({ people: [] })).rejects.toThrow(/name someone you met, or a follow-up/)
    await journal.store.flush()
    expect(readFileSync(path, 'utf8')).toBe(before)
  })
})
