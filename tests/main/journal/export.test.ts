/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { openService, tempJournalPath } from './helpers'

describe('journal:export', () => {
  it('gives the whole journal as one JSON file that Kith can read back', async () => {
    const { handlers } = await openService(tempJournalPath(), { now: () => new Date('2026-11-29T12:00:00Z') })
    await handlers['journal:loadSample']({})
    const dana = (await handlers['people:list']({}))[0]!
    await handlers['people:delete']({ id: dana.id })

    const exported = await handlers['journal:export']({})
    expect(exported.fileName).toBe('kith-journal-2026-11-29.json')
    const journal = Journal.parse(JSON.parse(exported.json))
    expect(journal.people.length).toBe((await handlers['journal:status']({})).counts.people)
    expect(journal.trash[0]!.record.id).toBe(dana.id)
  })
})
