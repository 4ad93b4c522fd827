import { describe, expect, it } from 'vitest'
import { TimelinePacker, packTimeline, unpackTimeline } from '../../../shared/api/packedTimeline'
import { LiveDerived, timelineModel } from '../../../shared/derive'
import { generateSampleJournal } from '../../../shared/sample/generate'

const now = new Date('2026-11-29T12:00:00.000Z')

describe('packing the timeline again after each change', () => {
  it('gives what a fresh pack gives, re-packing only the lanes that changed', () => {
    const journal = generateSampleJournal({ now, scale: { people: 40, interactions: 300, events: 4, referrals: 40, followUps: 10 } })
    const live = new LiveDerived()
    const packer = new TimelinePacker()
    const modelNow = () => {
      const { rels, index } = live.at(journal, now)
      return timelineModel(journal, now, {}, rels, index)
    }
    const first = packer.pack(modelNow())
    const firstStrings = first.strings.slice()
    expect(unpackTimeline(first)).toEqual(unpackTimeline(packTimeline(modelNow())))

    // One referral given: one person's lane gets a marker with words not seen before.
    const person = journal.people[3]!
    const at = now.toISOString()
    journal.referrals.push({
      id: 'r-new',
      createdAt: at,
      updatedAt: at,
      date: at,
      direction: 'given',
      toPersonId: person.id,
      about: 'A roofer who answers the phone',
      status: 'introduced',
      thanked: false,
    })
    const model = modelNow()
    const second = packer.pack(model)
    expect(unpackTimeline(second)).toEqual(model)
    const reused = second.lanes.filter((lane) => first.lanes.includes(lane))
    expect(reused).toHaveLength(second.lanes.length - 1)
    expect(second.lanes.find((lane) => !first.lanes.includes(lane))![0]).toBe(person.id)
    // The earlier answer is a snapshot: the table grew for the new lane, the earlier answer did not.
    expect(second.strings.length).toBeGreaterThan(firstStrings.length)
    expect(first.strings).toEqual(firstStrings)
  })
})
