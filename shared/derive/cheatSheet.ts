import type { FollowUp, Icebreaker, Interaction, Journal, NetworkEvent, Person, Referral } from '../domain'
import { relationshipOf, STAGES, STAGE_LABELS, type JournalIndex, type Relationship, type Stage } from './relationships'
import { derive, type Derived } from './derived'
import { askableIcebreakers, icebreakerTopic, questionText } from './icebreakers'

/**
 * The print page sets this attribute on <html>: "ready" once the sheet is rendered,
 * or a readable message if it could not load it. The main process prints only after "ready".
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'

/** Lines left empty at the end of the sheet for names met on the day. */
export const NEW_NAME_LINES = 8

/** `topic` is a short label for the card ("their business"); `question` is the full wording. */
export type SheetQuestion = { icebreakerId: string; question: string; topic: string }

export type SheetPerson = {
  personId: string
  name: string
  company?: string
  role?: string
  stage: Stage
  stageLabel: string
  howWeMet: { eventTitle?: string; date?: string; place?: string; introducedBy?: string }
  lastConversation?: { summary: string; date: string; kind: Interaction['kind'] }
  /** Their answers to icebreakers asked before ("studied at Purdue"). */
  learned: Array<SheetQuestion & { answer: string; askedOn?: string }>
  openFollowUps: Array<{ note: string; dueAt: string; overdue: boolean }>
  referrals: Array<{ direction: Referral['direction']; about: string; date: string; status: Referral['status']; closedValue?: number }>
  askAbout: { followUp?: string; icebreakers: SheetQuestion[] }
  /** Only notes not marked private: the sheet is paper that can be left on a table. */
  notes: string[]
}

export type CheatSheet = {
  event: Pick<NetworkEvent, 'id' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'venue' | 'featuredSpeaker' | 'heardSpeakerBefore' | 'goals'>
  people: SheetPerson[]
  wantToMeet: string[]
  icebreakers: SheetQuestion[]
  mine: { name: string; elevatorPitch: string; answers: Array<SheetQuestion & { answer: string }> }
  newNameLines: number
  generatedAt: string
}

const ms = (iso: string) => Date.parse(iso)

/** Kinds that are a conversation with them; a "note" interaction is only for me and stays off paper. */
const isConversation = (i: Interaction) => i.kind !== 'note'

/**
 * Everything to skim before an event, from the journal alone. Only people in the journal
 * are listed; an expected attendee id that is no longer there is skipped.
 * Order: people with an open follow-up first (so the promise gets kept in person), then the
 * strongest relationships (furthest stage), then by name.
 */
export function cheatSheet(journal: Journal, event: NetworkEvent, now: Date, { index, rels }: Derived = derive(journal, now)): CheatSheet {
  const peopleById = new Map(journal.people.map((p) => [p.id, p]))
  const eventsById = new Map(journal.events.map((e) => [e.id, e]))
  const suggestable = askableIcebreakers(journal.icebreakers, event)
  // Grouped once, so a big event over a big journal stays linear.
  const pendingByPerson = new Map<string, FollowUp[]>()
  for (const f of journal.followUps) {
    if (f.status !== 'pending' || !f.personId) continue
    const list = pendingByPerson.get(f.personId)
    if (list) list.push(f)
    else pendingByPerson.set(f.personId, [f])
  }

  const attendees = [...new Set(event.expectedAttendeeIds)].map((id) => peopleById.get(id)).filter((p): p is Person => p !== undefined)
  const people = attendees.map((person) => sheetPerson(person, { journal, index, rels, peopleById, eventsById, pendingByPerson, suggestable, now }))
  people.sort(
    (a, b) =>
      Number(b.openFollowUps.length > 0) - Number(a.openFollowUps.length > 0) ||
      STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage) ||
      a.name.localeCompare(b.name),
  )

  return {
    event: {
      id: event.id,
      title: event.title,
      kind: event.kind,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: event.venue,
      featuredSpeaker: event.featuredSpeaker,
      heardSpeakerBefore: event.heardSpeakerBefore,
      goals: event.goals,
    },
    people,
    wantToMeet: event.wantToMeet ?? [],
    icebreakers: suggestable.map(toQuestion),
    mine: myAnswers(journal),
    newNameLines: NEW_NAME_LINES,
    generatedAt: now.toISOString(),
  }
}

type Context = {
  journal: Journal
  index: JournalIndex
  rels: Map<string, Relationship>
  peopleById: Map<string, Person>
  eventsById: Map<string, NetworkEvent>
  pendingByPerson: Map<string, FollowUp[]>
  suggestable: Icebreaker[]
  now: Date
}

function sheetPerson(person: Person, { journal, index, rels, peopleById, eventsById, pendingByPerson, suggestable, now }: Context): SheetPerson {
  const relationship = rels.get(person.id) ?? relationshipOf(person, index, journal.settings, now)
  const lastConversation = index
    .interactionsOf(person.id)
    .filter((i) => isConversation(i) && ms(i.date) <= now.getTime())
    .at(-1)
  const pending = (pendingByPerson.get(person.id) ?? []).slice().sort((a, b) => ms(a.dueAt) - ms(b.dueAt))
  const latestPending = pending.reduce<(typeof pending)[number] | undefined>(
    (latest, f) => (!latest || ms(f.createdAt) > ms(latest.createdAt) ? f : latest),
    undefined,
  )
  const asked = new Set(person.learned.map((l) => l.icebreakerId))
  const { howWeMet } = person

  return {
    personId: person.id,
    name: person.name,
    company: person.company,
    role: person.role,
    stage: relationship.stage,
    stageLabel: STAGE_LABELS[relationship.stage],
    howWeMet: {
      eventTitle: howWeMet.eventId ? eventsById.get(howWeMet.eventId)?.title : undefined,
      date: howWeMet.date,
      place: howWeMet.place,
      introducedBy: (howWeMet.introducedById && peopleById.get(howWeMet.introducedById)?.name) || howWeMet.introducedByName,
    },
    lastConversation: lastConversation && { summary: lastConversation.summary, date: lastConversation.date, kind: lastConversation.kind },
    learned: person.learned
      .filter((l) => l.answer.trim() !== '')
      .map((l) => {
        const question = questionText(journal.icebreakers, l.icebreakerId)
        return { icebreakerId: l.icebreakerId, question, topic: icebreakerTopic({ id: l.icebreakerId, question }), answer: l.answer, askedOn: l.askedOn }
      }),
    openFollowUps: pending.map((f) => ({ note: f.note, dueAt: f.dueAt, overdue: ms(f.dueAt) < now.getTime() })),
    referrals: (index.referralsByPerson.get(person.id) ?? [])
      .slice()
      .sort((a, b) => ms(b.date) - ms(a.date))
      .map((r) => ({ direction: r.direction, about: r.about, date: r.date, status: r.status, closedValue: r.closedValue })),
    askAbout: {
      followUp: latestPending?.note,
      icebreakers: suggestable.filter((ib) => !asked.has(ib.id)).map(toQuestion),
    },
    notes: person.notes.filter((n) => !n.private && n.text.trim() !== '').map((n) => n.text),
  }
}

const toQuestion = (ib: Icebreaker): SheetQuestion => ({ icebreakerId: ib.id, question: ib.question, topic: icebreakerTopic(ib) })

/** My side of the two-way street: answers to questions I still use, in the order of the list. */
function myAnswers(journal: Journal): CheatSheet['mine'] {
  const visible = journal.icebreakers.filter((ib) => !ib.hidden)
  const byId = new Map(journal.profile.answers.map((a) => [a.icebreakerId, a.answer]))
  return {
    name: journal.profile.name,
    elevatorPitch: journal.profile.elevatorPitch,
    answers: visible.filter((ib) => (byId.get(ib.id) ?? '').trim() !== '').map((ib) => ({ ...toQuestion(ib), answer: byId.get(ib.id)! })),
  }
}
