/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { Journal, LIMITS } from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { moveToTrash, restoreFromTrash } from '../../../electron/main/journal/trash'

const now = new Date('2026-12-07T12:00:00Z')
const referencesTo = (journal: Journal, id: string) => [
  ...journal.people.filter((p) => p.howWeMet.eventId === id),
  ...journal.interactions.filter((i) => i.eventId === id),
  ...journal.followUps.filter((f) => f.eventId === id),
]

describe('deleting an event', () => {
  it('leaves no record pointing at it, keeps the day and the name, and a restore puts every link back', () => {
    const journal = generateSampleJournal({ now })
    const before = structuredClone(journal)
    const met = journal.people.filter((p) => p.howWeMet.eventId === 'ev-chamber')
    expect(met.length).toBeGreaterThan(0)

    moveToTrash(journal, 'event', 'ev-chamber', now, 't-1')
    expect(referencesTo(journal, 'ev-chamber')).toEqual([])
    for (const person of met) {
      const after = journal.people.find((p) => p.id === person.id)!
      expect(after.howWeMet.date).toBe(person.howWeMet.date)
      expect(after.howWeMet.place).toMatch(/^Chamber of Commerce after-hours mixer/)
    }
    expect(() => Journal.parse(journal)).not.toThrow()

    restoreFromTrash(journal, 't-1')
    const sorted = (j: Journal) => ({ ...j, events: [...j.events].sort((a, b) => a.id.localeCompare(b.id)) })
    expect(sorted(journal)).toEqual(sorted(before))
  })

  it('keeps the place within the length a place may have', () => {
    const journal = generateSampleJournal({ now })
    const person = journal.people.find((p) => p.howWeMet.eventId === 'ev-bbq')!
    person.howWeMet.place = 'x'.repeat(LIMITS.shortText)
    moveToTrash(journal, 'event', 'ev-bbq', now, 't-2')
    expect(journal.people.find((p) => p.id === person.id)!.howWeMet.place).toHaveLength(LIMITS.shortText)
    expect(() => Journal.parse(journal)).not.toThrow()
  })
})
