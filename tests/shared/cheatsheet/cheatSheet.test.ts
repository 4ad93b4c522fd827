import { describe, expect, it } from 'vitest'
import { cheatSheet, type CheatSheet } from '../../../shared/derive/cheatSheet'
import type { FollowUp, Journal, NetworkEvent } from '../../../shared/domain'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { day, journalWith } from '../../support/journalBuilder'

const now = new Date(day('2026-11-29'))

function eventIn(journal: Journal, fields: Partial<NetworkEvent> = {}): NetworkEvent {
  const event: NetworkEvent = {
    id: 'ev',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    title: 'Chamber mixer',
    kind: 'chamber-mixer',
    startsAt: day('2026-12-03'),
    expectedAttendeeIds: [],
    ...fields,
  }
  journal.events.push(event)
  return event
}

function followUp(personId: string, note: string, fields: Partial<FollowUp> = {}): FollowUp {
  return { id: `f-${note}`, createdAt: now.toISOString(), updatedAt: now.toISOString(), dueAt: day('2026-12-01'), personId, note, status: 'pending', ...fields }
}

const names = (sheet: CheatSheet) => sheet.people.map((p) => p.name)
const person = (sheet: CheatSheet, name: string) => sheet.people.find((p) => p.name === name)!
const topics = (sheet: CheatSheet, name: string) => person(sheet, name).askAbout.icebreakers.map((q) => q.icebreakerId)

describe('the cheat sheet for the sample conference', () => {
  const sample = generateSampleJournal({ now })
  const conference = sample.events.find((e) => e.id === 'ev-conference')!
  const sheet = cheatSheet(sample, conference, now)

  it('lists each of the twelve expected attendees once, with the event details', () => {
    expect(sheet.people).toHaveLength(12)
    const expected = conference.expectedAttendeeIds.map((id) => sample.people.find((p) => p.id === id)!.name)
    expect([...names(sheet)].sort()).toEqual([...expected].sort())
    expect(sheet.event).toMatchObject({
      title: 'Midwest Growth Conference',
      venue: 'Convention Center, Hall B',
      featuredSpeaker: 'Priya Natarajan',
      heardSpeakerBefore: false,
    })
    expect(sheet.event.goals).toContain('commercial property managers')
  })

  it('puts people with an open follow-up first, then the furthest relationships', () => {
    const withFollowUp = sheet.people.filter((p) => p.openFollowUps.length > 0).length
    expect(withFollowUp).toBeGreaterThan(0)
    expect(sheet.people.slice(0, withFollowUp).every((p) => p.openFollowUps.length > 0)).toBe(true)
    // The rest: closed business before a one-to-one.
    expect(names(sheet).indexOf('Dana Reyes')).toBeLessThan(names(sheet).indexOf('Priya Shah'))
  })

  it("shows what I learned last time, with the question, and Marcus Bell's private note nowhere", () => {
    const marcus = person(sheet, 'Marcus Bell')
    expect(marcus.learned).toContainEqual(
      expect.objectContaining({ question: 'Where did you go to college or get your training?', answer: 'Studied at Purdue' }),
    )
    expect(marcus.notes).toEqual([])
    expect(JSON.stringify(sheet)).not.toContain('divorce')
    const privateTexts = sample.people.flatMap((p) => p.notes.filter((n) => n.private).map((n) => n.text))
    expect(privateTexts.length).toBeGreaterThan(0)
    for (const text of privateTexts) expect(JSON.stringify(sheet)).not.toContain(text)
    expect(person(sheet, 'Dana Reyes').notes).toEqual(['Prefers texts to calls.'])
  })

  it('gives every attendee a last conversation and my own prepared answers', () => {
    for (const p of sheet.people) expect(p.lastConversation?.summary).toBeTruthy()
    expect(sheet.mine.elevatorPitch).toContain('small manufacturers')
    expect(sheet.mine.answers[0]).toEqual({
      icebreakerId: 'ib-business',
      question: 'What does your business do, and who is a good customer for you?',
      topic: 'their business',
      answer: 'Operations consulting for small manufacturers.',
    })
    expect(sheet.icebreakers.map((q) => q.icebreakerId)).toContain('ib-speaker')
    expect(sheet.newNameLines).toBeGreaterThan(0)
  })
})

describe('who is listed and in what order', () => {
  it('orders open follow-ups first, then the strongest relationship, then by name', () => {
    const journal = journalWith(now, {
      people: [
        { id: 'met', name: 'Zoe Met' },
        { id: 'closed', name: 'Carl Closed' },
        { id: 'ongoing-b', name: 'Bea Ongoing' },
        { id: 'ongoing-a', name: 'Abe Ongoing' },
        { id: 'stranger', name: 'Not Expected' },
      ],
      interactions: ['ongoing-a', 'ongoing-b'].flatMap((id) =>
        ['2026-10-01', '2026-10-10', '2026-10-20', '2026-10-30'].map((d, i) => ({
          personIds: [id],
          date: day(d),
          kind: i === 0 ? ('met' as const) : ('call' as const),
        })),
      ),
      referrals: [{ direction: 'received', fromPersonId: 'closed', status: 'closed', closedValue: 1_000, date: day('2026-11-01') }],
    })
    journal.followUps.push(followUp('met', 'Send Zoe the article'))
    const event = eventIn(journal, { expectedAttendeeIds: ['ongoing-b', 'closed', 'met', 'ongoing-a'] })
    expect(names(cheatSheet(journal, event, now))).toEqual(['Zoe Met', 'Carl Closed', 'Abe Ongoing', 'Bea Ongoing'])
  })

  it('lists an attendee named twice once, and skips an id no longer in the journal', () => {
    const journal = journalWith(now, { people: [{ id: 'a', name: 'Ann' }] })
    const event = eventIn(journal, { expectedAttendeeIds: ['a', 'deleted-person', 'a'] })
    expect(names(cheatSheet(journal, event, now))).toEqual(['Ann'])
  })

  it('an event with no expected attendees still has the questions, my answers and lines for new names', () => {
    const journal = journalWith(now)
    journal.profile = { name: 'Me', elevatorPitch: 'I fix supply chains.', answers: [{ icebreakerId: 'ib-trends', answer: 'Reshoring.' }] }
    const sheet = cheatSheet(journal, eventIn(journal, { wantToMeet: ['commercial property managers'] }), now)
    expect(sheet.people).toEqual([])
    expect(sheet.wantToMeet).toEqual(['commercial property managers'])
    expect(sheet.icebreakers.length).toBeGreaterThan(0)
    expect(sheet.mine).toMatchObject({
      elevatorPitch: 'I fix supply chains.',
      answers: [{ question: 'What trends do you see coming in your industry?', answer: 'Reshoring.' }],
    })
    expect(sheet.newNameLines).toBeGreaterThan(0)
  })
})

describe('a person card', () => {
  function oneAttendee() {
    const journal = journalWith(now, {
      people: [
        { id: 'a', name: 'Ann Lee', company: 'Lee Logistics', role: 'Owner', howWeMet: { date: '2026-09-01', eventId: 'ev-old', introducedById: 'b' } },
        { id: 'b', name: 'Bob Introducer' },
      ],
      interactions: [
        { personIds: ['a'], kind: 'met', date: day('2026-09-01'), summary: 'Met at the mixer' },
        { personIds: ['a'], kind: 'coffee', date: day('2026-11-01'), summary: 'Coffee: she is hiring drivers' },
        { personIds: ['a'], kind: 'note', date: day('2026-11-05'), summary: 'My own reminder about Ann' },
        { personIds: ['a'], kind: 'call', date: day('2026-12-20'), summary: 'Planned call next month' },
      ],
      referrals: [
        { direction: 'given', toPersonId: 'a', about: 'Sent her a warehouse client', date: day('2026-10-01') },
        { direction: 'received', fromPersonId: 'a', about: 'She sent me a manufacturer', date: day('2026-10-15') },
        { direction: 'given', toPersonId: 'b', about: 'Not about Ann', date: day('2026-10-20') },
      ],
    })
    eventIn(journal, { id: 'ev-old', title: 'Autumn mixer', startsAt: day('2026-09-01') })
    return journal
  }

  it('says how we met, the last real conversation (not my own notes, not the future) and referrals both ways', () => {
    const journal = oneAttendee()
    const card = cheatSheet(journal, eventIn(journal, { expectedAttendeeIds: ['a'] }), now).people[0]!
    expect(card).toMatchObject({
      name: 'Ann Lee',
      company: 'Lee Logistics',
      role: 'Owner',
      howWeMet: { eventTitle: 'Autumn mixer', date: '2026-09-01', introducedBy: 'Bob Introducer' },
    })
    expect(card.lastConversation).toEqual({ summary: 'Coffee: she is hiring drivers', date: day('2026-11-01'), kind: 'coffee' })
    expect(card.referrals.map((r) => [r.direction, r.about])).toEqual([
      ['received', 'She sent me a manufacturer'],
      ['given', 'Sent her a warehouse client'],
    ])
  })

  it('suggests only the questions not yet asked, never a hidden one, and the pending follow-up from last time', () => {
    const journal = oneAttendee()
    journal.people[0]!.learned = [{ icebreakerId: 'ib-training', answer: 'Studied at Purdue', askedOn: '2026-09-01' }]
    journal.icebreakers.find((ib) => ib.id === 'ib-trends')!.hidden = true
    journal.followUps.push(
      followUp('a', 'Ask how the driver hiring went', { createdAt: day('2026-11-02') }),
      followUp('a', 'Older promise', { createdAt: day('2026-10-02'), dueAt: day('2026-11-20') }),
      followUp('a', 'Already done', { status: 'done', createdAt: day('2026-11-10') }),
    )
    const sheet = cheatSheet(journal, eventIn(journal, { expectedAttendeeIds: ['a'], featuredSpeaker: 'Dr. Jones' }), now)
    expect(topics(sheet, 'Ann Lee')).toEqual(['ib-business', 'ib-why-here', 'ib-how-started', 'ib-speaker'])
    expect(sheet.icebreakers.map((q) => q.icebreakerId)).not.toContain('ib-trends')
    const card = person(sheet, 'Ann Lee')
    expect(card.askAbout.followUp).toBe('Ask how the driver hiring went')
    expect(card.openFollowUps).toEqual([
      { note: 'Older promise', dueAt: day('2026-11-20'), overdue: true },
      { note: 'Ask how the driver hiring went', dueAt: day('2026-12-01'), overdue: false },
    ])
    expect(card.learned).toEqual([
      {
        icebreakerId: 'ib-training',
        question: 'Where did you go to college or get your training?',
        topic: 'where they trained',
        answer: 'Studied at Purdue',
        askedOn: '2026-09-01',
      },
    ])
  })

  it('does not suggest asking about the speaker when the event has none, and uses my own questions and wording', () => {
    const journal = oneAttendee()
    const mine = { ...journal.icebreakers[0]!, id: 'my-q', question: 'What is your favourite local lunch spot?', builtIn: false }
    journal.icebreakers.push(mine)
    journal.icebreakers.find((ib) => ib.id === 'ib-business')!.question = 'Who is your ideal client?'
    const sheet = cheatSheet(journal, eventIn(journal, { expectedAttendeeIds: ['a'] }), now)
    expect(topics(sheet, 'Ann Lee')).not.toContain('ib-speaker')
    expect(topics(sheet, 'Ann Lee')).toContain('my-q')
    expect(sheet.icebreakers.find((q) => q.icebreakerId === 'ib-business')).toMatchObject({
      question: 'Who is your ideal client?',
      topic: 'Who is your ideal client?',
    })
  })

  it('never prints a private note, and prints the others', () => {
    const journal = oneAttendee()
    journal.people[0]!.notes = [
      { id: 'n1', text: 'Her daughter starts college in the fall', private: false, createdAt: now.toISOString() },
      { id: 'n2', text: 'Health scare in October; do not ask', private: true, createdAt: now.toISOString() },
    ]
    const sheet = cheatSheet(journal, eventIn(journal, { expectedAttendeeIds: ['a'] }), now)
    expect(person(sheet, 'Ann Lee').notes).toEqual(['Her daughter starts college in the fall'])
    expect(JSON.stringify(sheet)).not.toContain('Health scare')
  })
})
