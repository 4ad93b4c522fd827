/** @vitest-environment node */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JournalText } from '../../../electron/main/journal/journalText'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { openService, tempJournalPath } from './helpers'

const NOW = new Date('2026-11-29T12:00:00Z')

describe('the journal file text', () => {
  it('is exactly JSON.stringify of the journal, after every kind of change', async () => {
    const journal = generateSampleJournal({ now: NOW })
    const text = new JournalText()
    const file = async () => Buffer.concat(await text.serialise(journal)).toString('utf8')
    expect(await file()).toBe(JSON.stringify(journal))
    journal.people = journal.people.map((p, i) => (i === 2 ? { ...p, name: 'Renamed Person' } : p))
    journal.interactions = journal.interactions.slice(1)
    journal.settings = { ...journal.settings, onboarded: !journal.settings.onboarded }
    journal.people[0] = { ...journal.people[0]!, name: 'Zoë “Quotes” Ünïcode 😀' }
    expect(await file()).toBe(JSON.stringify(journal))
  })

  it('is the journal as it stood when the save began, even if it changes while being written', async () => {
    const journal = generateSampleJournal({ now: NOW })
    const before = JSON.stringify(journal)
    const text = new JournalText().serialise(journal)
    journal.people = []
    journal.settings.onboarded = !journal.settings.onboarded
    expect(Buffer.concat(await text).toString('utf8')).toBe(before)
  })

  it('makes an edit in place of a saved record fail loudly instead of being lost', async () => {
    const journal = generateSampleJournal({ now: NOW })
    await new JournalText().serialise(journal)
    const person = journal.people[0]!
    expect(() => {
      person.name = 'Edited in place'
    }).toThrow(TypeError)
    expect(() => person.tags.push('edited')).toThrow(TypeError)
    expect(person.name).not.toBe('Edited in place')
  })
})

describe('saving through the service', () => {
  it('writes every change to disk, whichever records were re-used from the last save', async () => {
    const path = tempJournalPath()
    const { store, handlers } = await openService(path, { now: () => NOW })
    await handlers['journal:loadSample']({})
    const dana = (await handlers['search:query']({ query: 'Dana Reyes' }))[0]!
    await handlers['people:update']({ id: dana.id, patch: { role: 'Chief gardener' } })
    await handlers['followups:create']({ personId: dana.id, dueAt: '2026-12-01T09:00:00.000Z', note: 'Send the quote' })
    const onDisk = JSON.parse(readFileSync(path, 'utf8'))
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(store.journal)))
    expect(onDisk.people.find((p: { id: string }) => p.id === dana.id).role).toBe('Chief gardener')
  })
})
