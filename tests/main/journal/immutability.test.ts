/** @vitest-environment node */
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { markWeeklyReviewReminded } from '../../../electron/main/journal/reminders/remembered'
import type { StoreChange } from '../../../electron/main/journal/journalStore'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { openService, person, tempJournalPath } from './helpers'

const NOW = new Date('2026-11-29T12:00:00Z')

/** The sample journal on disk, opened through the service. */
async function sample() {
  const path = tempJournalPath()
  writeFileSync(path, JSON.stringify(generateSampleJournal({ now: NOW })))
  return openService(path, { now: () => NOW })
}

describe('immutability by construction', () => {
  it('freezes every record, the settings and the profile once the journal has opened, before any change or save', async () => {
    const { store } = await sample()
    await store.frozen()
    expect(store.revision).toBe(0)
    const person = store.journal.people[0]!
    expect(Object.isFrozen(store.journal)).toBe(true)
    expect(Object.isFrozen(store.journal.people)).toBe(true)
    expect(Object.isFrozen(person)).toBe(true)
    expect(Object.isFrozen(person.howWeMet)).toBe(true)
    expect(Object.isFrozen(person.tags)).toBe(true)
    expect(Object.isFrozen(store.journal.settings)).toBe(true)
    expect(Object.isFrozen(store.journal.profile)).toBe(true)
    expect(() => {
      person.name = 'Edited in place'
    }).toThrow(TypeError)
    expect(() => (store.journal.settings.cadenceByTag['clients'] = 7)).toThrow(TypeError)
  })

  it('a change makes a new journal that shares every untouched record, and the records it made are frozen too', async () => {
    const { store, handlers } = await sample()
    const before = store.journal
    const [first, second] = before.people
    const updated = await handlers['people:update']({ id: first!.id, patch: { role: 'Partner' } })
    expect(store.journal).not.toBe(before)
    expect(store.journal.people[0]).toBe(updated)
    expect(first!.role).not.toBe('Partner')
    expect(store.journal.people[1]).toBe(second)
    expect(store.journal.interactions).toBe(before.interactions)
    expect(Object.isFrozen(updated)).toBe(true)
    expect(Object.isFrozen(store.journal.people)).toBe(true)
  })

  it('tells listeners the patches of each change (what sync will send)', async () => {
    const { store, handlers } = await sample()
    const heard: StoreChange[] = []
    store.onChange((change) => heard.push(change))
    const id = store.journal.people[2]!.id
    await handlers['people:update']({ id, patch: { company: 'Northwind' } })
    expect(heard).toHaveLength(1)
    expect(heard[0]!.patches).toEqual([
      expect.objectContaining({ op: 'replace', path: ['people', 2], value: expect.objectContaining({ id, company: 'Northwind' }) }),
    ])
    expect(heard[0]!.inversePatches).toEqual([expect.objectContaining({ op: 'replace', path: ['people', 2] })])
  })

  it('never edits settings in place: the weekly review reminder makes new settings', async () => {
    const { store } = await sample()
    const settings = store.journal.settings
    const remindedBefore = settings.weeklyReviewRemindedAt
    await markWeeklyReviewReminded(store, NOW)
    expect(store.journal.settings).not.toBe(settings)
    expect(store.journal.settings.weeklyReviewRemindedAt).toBe(NOW.toISOString())
    expect(settings.weeklyReviewRemindedAt).toBe(remindedBefore)
  })

  it('a change that throws leaves the journal exactly as it was', async () => {
    const { store } = await sample()
    const before = store.journal
    await expect(
      store.mutate((journal) => {
        journal.people.pop()
        throw new Error('stopped halfway')
      }),
    ).rejects.toThrow('stopped halfway')
    expect(store.journal).toBe(before)
    expect(store.revision).toBe(0)
  })

  it('an import checked ahead enters the journal already frozen, so the change itself walks none of its records', async () => {
    const { store } = await sample()
    await store.frozen()
    const arriving = [person('p-new-1', 'Ada Imported'), person('p-new-2', 'Ben Imported', { tags: ['imported'] })]
    const people = [...store.journal.people, ...arriving]
    await store.precheck('people', people)
    expect(Object.isFrozen(people)).toBe(true)
    expect(arriving.every((p) => Object.isFrozen(p) && Object.isFrozen(p.tags) && Object.isFrozen(p.howWeMet))).toBe(true)
    await store.mutate((journal) => {
      journal.people = people
    })
    // The very records checked ahead are the journal's: nothing was copied or walked to freeze them again.
    expect(store.journal.people.at(-1)).toBe(arriving[1])
    expect(store.journal.people.map((p) => p.name).slice(-2)).toEqual(['Ada Imported', 'Ben Imported'])
  })
})
