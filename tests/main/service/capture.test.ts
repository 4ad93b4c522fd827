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
