import { emptyJournal, type FollowUp, type Interaction, type Journal, type NetworkEvent, type Person, type Referral } from '../domain'
import { CAST, COMPANY_KINDS, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, type CastMember } from './cast'
import { pick, seededRandom } from './random'

const DAY = 86_400_000

/** Extra records on top of the hand-written sample, for benchmarks. */
export type SampleScale = { people: number; interactions: number; events: number; referrals: number; followUps: number }

export type SampleOptions = { now: Date; scale?: SampleScale; seed?: number }

/**
 * A believable small network around `now`: a holiday party, a chamber mixer, a weekly
 * leads group, a BBQ and a conference next week; about 25 people at every stage.
 * Deterministic for a given `now`, `scale` and `seed`.
 */
export function generateSampleJournal({ now, scale, seed = 7 }: SampleOptions): Journal {
  const random = seededRandom(seed)
  const journal = emptyJournal(now)
  const at = (days: number, hour = 9) => {
    const d = new Date(now.getTime() + days * DAY)
    d.setUTCHours(hour, 0, 0, 0)
    return d.toISOString()
  }
  const created = at(-90)
  const base = (id: string, when = created) => ({ id, createdAt: when, updatedAt: when })
  let counter = 0
  const nextId = (prefix: string) => `${prefix}-${(++counter).toString(36).padStart(5, '0')}`

  const event = (id: string, e: Omit<NetworkEvent, 'id' | 'createdAt' | 'updatedAt' | 'expectedAttendeeIds'>): NetworkEvent => {
    const record: NetworkEvent = { ...base(id), expectedAttendeeIds: [], ...e }
    journal.events.push(record)
    return record
  }
  const events = {
    bbq: event('ev-bbq', { title: 'Neighbourhood summer BBQ', kind: 'other', startsAt: at(-75, 17), endsAt: at(-75, 21), venue: 'Oak Street park' }),
    leads: event('ev-leads-first', {
      title: 'Leads group breakfast',
      kind: 'leads-group',
      startsAt: at(-62, 7),
      endsAt: at(-62, 8),
      venue: 'Maple Diner, back room',
      notes: 'Weekly, Thursdays 7:00.',
    }),
    chamber: event('ev-chamber', {
      title: 'Chamber of Commerce after-hours mixer',
      kind: 'chamber-mixer',
      startsAt: at(-40, 17),
      endsAt: at(-40, 19),
      venue: 'Riverside Hotel ballroom',
      goals: 'Meet two people in real estate; find a printer.',
    }),
    holiday: event('ev-holiday', { title: 'Acme holiday work party', kind: 'party', startsAt: at(-20, 18), endsAt: at(-20, 22), venue: 'Acme HQ atrium' }),
    leadsLast: event('ev-leads-last', {
      title: 'Leads group breakfast',
      kind: 'leads-group',
      startsAt: at(-6, 7),
      endsAt: at(-6, 8),
      venue: 'Maple Diner, back room',
    }),
    leadsNext: event('ev-leads-next', {
      title: 'Leads group breakfast',
      kind: 'leads-group',
      startsAt: at(1, 7),
      endsAt: at(1, 8),
      venue: 'Maple Diner, back room',
    }),
    conference: event('ev-conference', {
      title: 'Midwest Growth Conference',
      kind: 'conference',
      startsAt: at(7, 9),
      endsAt: at(7, 17),
      venue: 'Convention Center, Hall B',
      featuredSpeaker: 'Priya Natarajan',
      heardSpeakerBefore: false,
      goals: 'Reconnect with the leads group crowd; meet two commercial property managers; ask Priya about scaling referral programmes.',
      wantToMeet: ['Commercial property managers', 'Someone who runs a referral programme'],
    }),
  }

  const connector = 'p-noah-williams'
  const people = CAST.map((member, index) => castPerson(member, index))
  function castPerson(member: CastMember, index: number): Person {
    const id = `p-${member.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '')}`
    const metEvent = member.event === 'intro' ? undefined : events[member.event]
    const metAt = metEvent ? metEvent.startsAt : at(-30 - index)
    const person: Person = {
      ...base(id, metAt),
      name: member.name,
      company: member.company,
      role: member.role,
      industry: member.industry,
      emails: [
        `${member.name
          .split(' ')[0]!
          .toLowerCase()
          .replace(/[^a-z]/g, '')}@${member.company.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      ],
      phones: [],
      links: [],
      tags: member.tags,
      howWeMet: {
        date: metAt.slice(0, 10),
        eventId: metEvent?.id,
        introducedById: member.event === 'intro' ? connector : undefined,
        place: metEvent?.venue,
      },
      learned: Object.entries(member.learned ?? {}).map(([icebreakerId, answer]) => ({ icebreakerId, answer, askedOn: metAt.slice(0, 10) })),
      cadenceDays: member.tags.includes('leads-group') ? 30 : member.event === 'bbq' ? 45 : undefined,
      notes: [
        ...(member.note ? [{ id: `${id}-n1`, text: member.note, private: false, createdAt: metAt }] : []),
        ...(member.privateNote ? [{ id: `${id}-n2`, text: member.privateNote, private: true, createdAt: metAt }] : []),
      ],
      archived: false,
    }
    journal.people.push(person)
    if (member.atConference) events.conference.expectedAttendeeIds.push(id)
    if (member.tags.includes('leads-group')) events.leadsNext.expectedAttendeeIds.push(id)
    writeHistory(person, member, metAt, metEvent?.id)
    return person
  }

  function interaction(personId: string, date: string, kind: Interaction['kind'], summary: string, eventId?: string) {
    journal.interactions.push({ ...base(nextId('i'), date), date, kind, personIds: [personId], eventId, summary })
  }
  function referral(r: Omit<Referral, 'id' | 'createdAt' | 'updatedAt'>) {
    journal.referrals.push({ ...base(nextId('r'), r.date), ...r })
  }

  function writeHistory(person: Person, member: CastMember, metAt: string, eventId?: string) {
    const first = person.name.split(' ')[0]
    const day = (offset: number) => new Date(Math.min(Date.parse(metAt) + offset * DAY, now.getTime() - DAY)).toISOString()
    interaction(person.id, metAt, 'met', member.learned?.['ib-business'] ?? `Met ${first}; talked about ${member.industry.toLowerCase()}`, eventId)
    const order = ['met', 'followed-up', 'one-to-one', 'ongoing', 'referral-given', 'referral-received', 'closed']
    const reached = (stage: string) => order.indexOf(member.stage) >= order.indexOf(stage)
    if (reached('followed-up')) interaction(person.id, day(2), 'email', `Sent ${first} a nice-to-meet-you note`)
    if (reached('one-to-one')) interaction(person.id, day(9), 'one-to-one', `One-to-one with ${first}: who their ideal customer is`)
    if (reached('ongoing')) {
      interaction(person.id, day(20), 'coffee', `Coffee with ${first}; swapped ideas on winter slow season`)
      interaction(person.id, day(35), 'call', `Called ${first} about their new hire`)
    }
    if (member.stage === 'referral-given' || member.stage === 'closed') {
      referral({
        date: day(25),
        direction: 'given',
        toPersonId: person.id,
        fromName: 'A neighbour',
        about: `Introduced ${first} to a neighbour who needed ${member.industry.toLowerCase()}`,
        status: member.stage === 'closed' ? 'meeting' : 'introduced',
        thanked: false,
      })
    }
    if (member.stage === 'referral-received' || member.stage === 'closed') {
      const closed = member.stage === 'closed'
      referral({
        date: day(30),
        direction: 'received',
        fromPersonId: person.id,
        about: `${first} sent me a client looking for help with hiring`,
        status: closed ? 'closed' : 'meeting',
        closedValue: closed ? 4_500 : undefined,
        thanked: closed,
      })
    }
  }

  // Follow-ups: the just-met are due this week, one is overdue, and some are done.
  const followUp = (personId: string, dueDays: number, note: string, status: FollowUp['status'] = 'pending') =>
    journal.followUps.push({ ...base(nextId('f'), at(-1)), dueAt: at(dueDays, 10), personId, note, status })
  const byStage = (stage: string) => people.filter((_, i) => CAST[i]!.stage === stage)
  byStage('met').forEach((p, i) => followUp(p.id, i === 0 ? -2 : i + 1, `Send ${p.name.split(' ')[0]} a follow-up note about what we discussed`))
  byStage('followed-up').forEach((p, i) => followUp(p.id, 3 + i * 4, `Book a one-to-one with ${p.name.split(' ')[0]}`))
  byStage('referral-received').forEach((p) => followUp(p.id, -8, `Thank ${p.name.split(' ')[0]} for the referral`, 'done'))

  journal.profile = {
    name: 'You',
    elevatorPitch: 'I help small manufacturers cut order-to-delivery time by fixing their operations, usually within one quarter.',
    answers: [
      { icebreakerId: 'ib-business', answer: 'Operations consulting for small manufacturers.' },
      { icebreakerId: 'ib-how-started', answer: 'Ten years running a plant floor, then went out on my own.' },
      { icebreakerId: 'ib-trends', answer: 'Reshoring: small plants are busy again.' },
    ],
  }

  if (scale) addScaledRecords(journal, scale, random, now)
  return journal
}

/** Fills the journal with synthetic records spread over ten years, for benchmarks. */
function addScaledRecords(journal: Journal, scale: SampleScale, random: () => number, now: Date): void {
  const span = 3_650 * DAY
  const iso = (ms: number) => new Date(ms).toISOString()
  const when = () => now.getTime() - Math.floor(random() * span)
  for (let i = 0; i < scale.events; i++) {
    const start = when()
    journal.events.push({
      id: `bev-${i}`,
      createdAt: iso(start),
      updatedAt: iso(start),
      title: `${pick(random, COMPANY_WORDS)} networking night ${i}`,
      kind: pick(random, ['party', 'chamber-mixer', 'leads-group', 'conference', 'dinner'] as const),
      startsAt: iso(start),
      venue: `${pick(random, COMPANY_WORDS)} Hall`,
      expectedAttendeeIds: [],
    })
  }
  const firstMet: number[] = []
  for (let i = 0; i < scale.people; i++) {
    const met = when()
    firstMet.push(met)
    const company = `${pick(random, COMPANY_WORDS)} ${pick(random, COMPANY_KINDS)}`
    journal.people.push({
      id: `bp-${i}`,
      createdAt: iso(met),
      updatedAt: iso(met),
      name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)} ${i}`,
      company,
      role: 'Owner',
      industry: company.split(' ')[1],
      emails: [`person${i}@example.com`],
      phones: [],
      links: [],
      tags: [pick(random, ['leads-group', 'finance', 'tech', 'trades', 'creative'])],
      howWeMet: { date: iso(met).slice(0, 10), eventId: scale.events ? `bev-${i % scale.events}` : undefined },
      learned: [],
      notes: [{ id: `bn-${i}`, text: `Talked about ${company} and their plans for next year.`, private: random() < 0.1, createdAt: iso(met) }],
      archived: false,
    })
  }
  for (let i = 0; i < scale.interactions && scale.people; i++) {
    const who = Math.floor(random() * scale.people)
    const date = firstMet[who]! + Math.floor(random() * (now.getTime() - firstMet[who]!))
    journal.interactions.push({
      id: `bi-${i}`,
      createdAt: iso(date),
      updatedAt: iso(date),
      date: iso(date),
      kind: pick(random, ['follow-up', 'call', 'email', 'coffee', 'one-to-one'] as const),
      personIds: [`bp-${who}`],
      summary: `Caught up about ${pick(random, COMPANY_KINDS).toLowerCase()} work`,
    })
  }
  for (let i = 0; i < scale.referrals && scale.people; i++) {
    const date = when()
    const other = `bp-${Math.floor(random() * scale.people)}`
    const given = random() < 0.5
    journal.referrals.push({
      id: `br-${i}`,
      createdAt: iso(date),
      updatedAt: iso(date),
      date: iso(date),
      direction: given ? 'given' : 'received',
      ...(given ? { toPersonId: other } : { fromPersonId: other }),
      about: 'A customer who needed help',
      status: pick(random, ['introduced', 'meeting', 'closed', 'lost'] as const),
      thanked: random() < 0.5,
    })
  }
  for (let i = 0; i < scale.followUps && scale.people; i++) {
    const due = now.getTime() + Math.floor((random() - 0.8) * 400 * DAY)
    journal.followUps.push({
      id: `bf-${i}`,
      createdAt: iso(now.getTime()),
      updatedAt: iso(now.getTime()),
      dueAt: iso(due),
      personId: `bp-${Math.floor(random() * scale.people)}`,
      note: 'Check in',
      status: due < now.getTime() - 30 * DAY ? 'done' : 'pending',
    })
  }
}
