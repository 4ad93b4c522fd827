import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changesBetween, derive, LiveDerived, timelineModel, type Derived } from '../../../shared/derive'
import type { Interaction, Journal } from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'

const start = new Date('2026-11-29T12:00:00.000Z')
const DAY = 86_400_000

/** The index and relationships as plain data, to compare a kept-up-to-date copy with one derived from scratch. */
function plain({ index, rels }: Derived) {
  const lists = <T>(map: ReadonlyMap<string, readonly T[]>, id: (t: T) => string) =>
    Object.fromEntries(
      [...map]
        .filter(([, list]) => list.length)
        .map(([person, list]) => [person, list.map(id)])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    )
  return {
    touches: lists(index.touchesByPerson, (t) => `${t.interaction.id}@${t.key}`),
    referrals: lists(index.referralsByPerson, (r) => r.id),
    // In the journal's order, as a pass over everyone gives it: ties in later sorts depend on it.
    rels: [...rels],
  }
}

/**
 * Edits as the services make them: records are never changed in place, a changed record is
 * a new object in its slot, lists are pushed to, filtered, or replaced whole (restore, import).
 */
type Edit = (journal: Journal, pick: number, clock: { now: Date }) => void
const slot = <T>(list: T[], pick: number) => pick % Math.max(1, list.length)
/** A new dated record's id and times: written down the day it happened. */
const madeOn = (id: string, at: string) => ({ id, createdAt: at, updatedAt: at, date: at })
const EDITS: Record<string, Edit> = {
  logConversation: (j, pick) => {
    const person = j.people[slot(j.people, pick)]!
    const at = new Date(start.getTime() - (pick % 400) * DAY).toISOString()
    j.interactions.push({
      ...madeOn(`new-i-${pick}-${j.interactions.length}`, at),
      kind: pick % 3 ? 'coffee' : 'one-to-one',
      personIds: [person.id],
      summary: 'Coffee',
    })
  },
  moveConversation: (j, pick) => {
    const at = slot(j.interactions, pick)
    const old = j.interactions[at]
    if (!old) return
    const other = j.people[slot(j.people, pick * 7)]!.id
    j.interactions[at] = {
      ...old,
      date: new Date(Date.parse(old.date) - (pick % 90) * DAY).toISOString(),
      personIds: [other],
      kind: pick % 2 ? 'met' : old.kind,
    } as Interaction
  },
  deleteConversation: (j, pick) => {
    const gone = j.interactions[slot(j.interactions, pick)]
    j.interactions = j.interactions.filter((i) => i !== gone)
  },
  giveReferral: (j, pick) => {
    const person = j.people[slot(j.people, pick)]!
    const at = new Date(start.getTime() - (pick % 200) * DAY).toISOString()
    j.referrals.push({
      ...madeOn(`new-r-${pick}-${j.referrals.length}`, at),
      direction: pick % 2 ? 'given' : 'received',
      toPersonId: person.id,
      fromPersonId: person.id,
      about: 'A roofer',
      status: 'introduced',
      thanked: false,
    })
  },
  closeReferral: (j, pick) => {
    const at = slot(j.referrals, pick)
    const old = j.referrals[at]
    if (old) j.referrals[at] = { ...old, status: 'closed', closedValue: 100, updatedAt: start.toISOString() }
  },
  deleteReferral: (j, pick) => {
    const gone = j.referrals[slot(j.referrals, pick)]
    j.referrals = j.referrals.filter((r) => r !== gone)
  },
  archivePerson: (j, pick) => {
    const at = slot(j.people, pick)
    j.people = j.people.map((p, n) => (n === at ? { ...p, archived: !p.archived, cadenceDays: pick % 2 ? 7 : undefined } : p))
  },
  deletePerson: (j, pick) => {
    if (j.people.length > 2) j.people = j.people.filter((_, n) => n !== slot(j.people, pick))
  },
  changeCadence: (j, pick) => {
    j.settings = { ...j.settings, defaultCadenceDays: 10 + (pick % 80) }
  },
  clockMoves: (_j, pick, clock) => {
    // Forward by up to four days in hours, or now and then back.
    clock.now = new Date(clock.now.getTime() + ((pick % 97) - 7) * 3_600_000)
  },
  sortPeople: (j) => {
    j.people = j.people.slice().sort((a, b) => a.name.localeCompare(b.name))
  },
  deleteThenRestorePerson: (j, pick) => {
    const at = slot(j.people, pick)
    const person = j.people[at]!
    j.people = j.people.filter((p) => p !== person)
    j.people.push(person)
  },
  restoreOlderCopy: (j) => {
    // A restore replaces every list with fresh objects: nothing is shared with what was derived before.
    const copy = JSON.parse(JSON.stringify(j)) as Journal
    j.interactions = copy.interactions
    j.referrals = copy.referrals
    j.people = copy.people
  },
}

describe('derivations kept up to date across changes', () => {
  it('always equal the same derivations made from scratch', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(10_000)), { minLength: 1, maxLength: 25 }), (edits) => {
        const journal = generateSampleJournal({ now: start, scale: { people: 30, interactions: 200, events: 5, referrals: 30, followUps: 10 } })
        const clock = { now: start }
        const live = new LiveDerived()
        live.at(journal, clock.now)
        for (const [name, pick] of edits) {
          EDITS[name]!(journal, pick, clock)
          const kept = live.at(journal, clock.now)
          const fresh = derive(journal, clock.now)
          expect(plain(kept)).toEqual(plain(fresh))
          expect(timelineModel(journal, clock.now, {}, kept.rels, kept.index)).toEqual(timelineModel(journal, clock.now))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('re-derives only the people a change touched', () => {
    const journal = generateSampleJournal({ now: start })
    const live = new LiveDerived()
    const before = live.at(journal, start)
    const beforeTouches = new Map(before.index.touchesByPerson)
    const beforeMilestones = new Map([...before.rels].map(([id, rel]) => [id, rel.milestones]))
    EDITS.logConversation!(journal, 3, { now: start })
    const changedPerson = journal.interactions.at(-1)!.personIds[0]!
    const after = live.at(journal, start)
    for (const [id, list] of after.index.touchesByPerson) {
      if (id === changedPerson) expect(list).not.toBe(beforeTouches.get(id))
      else expect(list).toBe(beforeTouches.get(id))
    }
    // Unchanged relationships keep their milestone lists, which is what timeline lanes are cached by.
    const kept = [...after.rels].filter(([id, rel]) => rel.milestones === beforeMilestones.get(id)).length
    expect(kept).toBe(journal.people.length - 1)
  })
})

describe('changesBetween', () => {
  const a = { n: 1 }
  const b = { n: 2 }
  const c = { n: 3 }
  const d = { n: 4 }
  it('finds appended, replaced and removed records by identity', () => {
    expect(changesBetween([a, b, c], [a, b, c, d])).toEqual({ removed: [], added: [d] })
    expect(changesBetween([a, b, c], [a, d, c])).toEqual({ removed: [b], added: [d] })
    expect(changesBetween([a, b, c], [a, c])).toEqual({ removed: [b], added: [] })
    expect(changesBetween([a, b, c], [a, b, c])).toEqual({ removed: [], added: [] })
  })
  it('gives up when starting over is cheaper', () => {
    const before = Array.from({ length: 1_000 }, (_, n) => ({ n }))
    expect(
      changesBetween(
        before,
        before.map((r) => ({ ...r })),
      ),
    ).toBeUndefined()
  })
})
