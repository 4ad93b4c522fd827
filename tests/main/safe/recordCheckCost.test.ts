/** @vitest-environment node */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecordCheck } from '../../../electron/main/journal/recordCheck'
import type { Journal } from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'

const journal = () =>
  generateSampleJournal({ now: new Date('2026-11-29T12:00:00Z'), scale: { people: 300, interactions: 3_000, events: 100, referrals: 300, followUps: 600 } })
const listsOf = (j: Journal) => Object.fromEntries(Object.entries(j).map(([key, value]) => [key, Array.isArray(value) ? value.slice() : value])) as Journal

afterEach(() => vi.restoreAllMocks())

describe('the record check before each save', () => {
  it('looks only at the records a change put in the journal, not at every record (a save of a large journal paid 3-27 ms for that)', () => {
    const j = journal()
    const check = new RecordCheck()
    check.trust(j)
    const before = listsOf(j)
    j.people[7] = { ...j.people[7]!, role: 'Head of Partnerships' }
    const asked = vi.spyOn(WeakSet.prototype, 'has')
    check.check(j, before)
    // The replaced person is asked about once; the other 4,300 records are passed over.
    expect(asked.mock.calls.length).toBeLessThanOrEqual(1)
  })

  it('still refuses a bad record whether it replaces one, is added, or comes with a whole new list', () => {
    const j = journal()
    const check = new RecordCheck()
    check.trust(j)
    const bad = { ...j.people[0]!, howWeMet: { date: '2026-02-31' } }
    for (const change of [
      (x: Journal) => (x.people[3] = bad),
      (x: Journal) => x.people.push(bad),
      (x: Journal) => (x.people = [...x.people.slice(1), bad]),
      (x: Journal) => x.people.splice(0, 1),
    ]) {
      const copy = listsOf(j)
      const before = listsOf(j)
      change(copy)
      if (copy.people.includes(bad)) expect(() => check.check(copy, before)).toThrow(/people \(.*\): howWeMet\.date/)
      else expect(() => check.check(copy, before)).not.toThrow()
    }
  })
})
