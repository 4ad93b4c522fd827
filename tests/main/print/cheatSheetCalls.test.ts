/** @vitest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import type { CheatSheet } from '../../../shared/derive/cheatSheet'
import type { Icebreaker, Person, Profile } from '../../../shared/domain'
import { callThrough } from '../../support/callThrough'

const now = new Date('2026-11-29T12:00:00Z')
const print = vi.fn(async () => ({ outcome: 'printed' as const }))
let journal: OpenJournal
let path: string
let ids = 0

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'kith-sheet-')), 'journal.json')
  journal = await openJournal(path, { now: () => now, newId: () => `id-${++ids}`, print })
  await call('journal:loadSample', {})
})
afterEach(() => journal.store.close())

const onDisk = () => JSON.parse(readFileSync(path, 'utf8'))
const call = <T = never>(channel: string, input: unknown) => callThrough<T>(journal.handlers, channel, input)
const sheet = () => call<CheatSheet>('cheatsheet:get', { eventId: 'ev-conference' })
const askAbout = (s: CheatSheet, name: string) => s.people.find((p) => p.name === name)!.askAbout.icebreakers.map((q) => q.icebreakerId)

describe('the cheat sheet calls', () => {
  it("storing a person's answer marks the question asked: the next sheet no longer suggests it and shows the answer", async () => {
    expect(askAbout(await sheet(), 'Priya Shah')).toContain('ib-training')
    const priya = await call<Person>('people:answer', { personId: 'p-priya-shah', icebreakerId: 'ib-training', answer: 'MBA at Kellogg' })
    expect(priya.learned).toContainEqual({ icebreakerId: 'ib-training', answer: 'MBA at Kellogg', askedOn: '2026-11-29' })
    const next = await sheet()
    expect(askAbout(next, 'Priya Shah')).not.toContain('ib-training')
    expect(next.people.find((p) => p.name === 'Priya Shah')!.learned).toContainEqual(expect.objectContaining({ answer: 'MBA at Kellogg' }))
    expect(onDisk().people.find((p: Person) => p.id === 'p-priya-shah').learned).toHaveLength(2)

    // Asking again replaces the answer rather than listing the question twice.
    await call('people:answer', { personId: 'p-priya-shah', icebreakerId: 'ib-training', answer: 'Kellogg, evenings', askedOn: '2026-12-06' })
    expect(
      onDisk()
        .people.find((p: Person) => p.id === 'p-priya-shah')
        .learned.filter((l: { icebreakerId: string }) => l.icebreakerId === 'ib-training'),
    ).toEqual([{ icebreakerId: 'ib-training', answer: 'Kellogg, evenings', askedOn: '2026-12-06' }])
  })

  it('refuses an answer to a question or person that is not there, or an empty answer', async () => {
    await expect(call('people:answer', { personId: 'p-priya-shah', icebreakerId: 'ib-nope', answer: 'x' })).rejects.toThrow('No icebreaker with id "ib-nope"')
    await expect(call('people:answer', { personId: 'p-gone', icebreakerId: 'ib-training', answer: 'x' })).rejects.toThrow('No person with id "p-gone"')
    await expect(call('people:answer', { personId: 'p-priya-shah', icebreakerId: 'ib-training', answer: '   ' })).rejects.toThrow(/answer is required/i)
  })

  it('my own icebreaker appears on the sheet; a hidden one disappears and can come back; a reworded one keeps its answers', async () => {
    const mine = await call<Icebreaker>('icebreakers:create', { question: '  What is keeping you busy this winter?  ' })
    expect(mine).toMatchObject({ question: 'What is keeping you busy this winter?', builtIn: false, hidden: false })
    expect((await sheet()).icebreakers.map((q) => q.question)).toContain('What is keeping you busy this winter?')

    await call('icebreakers:update', { id: 'ib-trends', patch: { hidden: true } })
    const hidden = await sheet()
    expect(hidden.icebreakers.map((q) => q.icebreakerId)).not.toContain('ib-trends')
    for (const p of hidden.people) expect(p.askAbout.icebreakers.map((q) => q.icebreakerId)).not.toContain('ib-trends')
    expect((await call<Icebreaker[]>('icebreakers:list', {})).map((ib) => ib.id)).not.toContain('ib-trends')
    expect((await call<Icebreaker[]>('icebreakers:list', { includeHidden: true })).map((ib) => ib.id)).toContain('ib-trends')
    await call('icebreakers:update', { id: 'ib-trends', patch: { hidden: false } })
    expect((await sheet()).icebreakers.map((q) => q.icebreakerId)).toContain('ib-trends')

    await call('icebreakers:update', { id: 'ib-training', patch: { question: 'Where did you study?' } })
    const marcus = (await sheet()).people.find((p) => p.name === 'Marcus Bell')!
    expect(marcus.learned).toContainEqual(expect.objectContaining({ question: 'Where did you study?', answer: 'Studied at Purdue' }))
    await expect(call('icebreakers:update', { id: 'ib-training', patch: { question: '' } })).rejects.toThrow(/question is required/i)
  })

  it('my elevator pitch and answers are saved and printed with the question text', async () => {
    const profile = await call<Profile>('profile:update', {
      patch: { elevatorPitch: 'I make small plants faster.', answers: [{ icebreakerId: 'ib-training', answer: 'Engineering at Iowa State' }] },
    })
    expect(profile).toMatchObject({ name: 'You', elevatorPitch: 'I make small plants faster.' })
    expect(await call('profile:get', {})).toEqual(profile)
    expect(onDisk().profile.elevatorPitch).toBe('I make small plants faster.')
    expect((await sheet()).mine).toMatchObject({
      elevatorPitch: 'I make small plants faster.',
      answers: [{ question: 'Where did you go to college or get your training?', answer: 'Engineering at Iowa State' }],
    })
    await expect(call('profile:update', { patch: { answers: [{ icebreakerId: 'ib-gone', answer: 'x' }] } })).rejects.toThrow('No icebreaker with id "ib-gone"')
  })

  it('printing hands the event title to the printer, and an unknown event is a readable error', async () => {
    await expect(call('print:cheatsheet', { eventId: 'ev-conference', paper: 'Letter', to: 'printer' })).resolves.toEqual({ outcome: 'printed' })
    expect(print).toHaveBeenCalledWith({ eventId: 'ev-conference', eventTitle: 'Midwest Growth Conference', paper: 'Letter', to: 'printer' })
    await expect(call('print:cheatsheet', { eventId: 'ev-gone', paper: 'A4', to: 'pdf' })).rejects.toThrow('No event with id "ev-gone"')
    await expect(call('print:cheatsheet', { eventId: 'ev-conference', paper: 'A3', to: 'pdf' })).rejects.toThrow(/paper/)
    await expect(call('cheatsheet:get', { eventId: 'ev-gone' })).rejects.toThrow('No event with id "ev-gone"')
  })

  it('an event can say who I would like to meet, and the sheet lists it', async () => {
    const event = await call<{ id: string }>('events:create', {
      title: 'Spring mixer',
      startsAt: '2026-12-10T17:00:00Z',
      wantToMeet: ['  commercial property managers ', 'a printer'],
      expectedAttendeeIds: ['p-dana-reyes'],
    })
    const spring = await call<CheatSheet>('cheatsheet:get', { eventId: event.id })
    expect(spring.wantToMeet).toEqual(['commercial property managers', 'a printer'])
    expect(spring.people.map((p) => p.name)).toEqual(['Dana Reyes'])
    await expect(call('events:create', { title: 'x', startsAt: '2026-12-10T17:00:00Z', wantToMeet: [''] })).rejects.toThrow(/must not be empty/)
  })
})
