/** @vitest-environment node */
/**
 * Capture sentences as people type them after an event, with the proposals Kith must make.
 * "Now" is Saturday 31 October 2026, 18:00 in Chicago: the clocks go back an hour that night,
 * so every date said across it must land on the intended local hour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCapture, type CaptureProposal } from '../../../shared/capture/parseCapture'

const ZONE = 'America/Chicago'
let savedZone: string | undefined
beforeAll(() => {
  savedZone = process.env.TZ
  process.env.TZ = ZONE
})
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ
  else process.env.TZ = savedZone
})

const NOW = new Date('2026-10-31T23:00:00Z')
const PEOPLE = [
  { id: 'dana', name: 'Dana Reyes', company: 'Reyes & Co' },
  { id: 'grace-acme', name: 'Grace Liu', company: 'Acme' },
  { id: 'grace-beta', name: 'Grace Liu', company: 'Beta Labs' },
  { id: 'tom', name: 'Tom Baker', company: 'Baker Bros' },
  { id: 'priya', name: 'Priya Natarajan', company: 'Brightline Print' },
  { id: 'jose', name: 'José García', company: 'Fuente Foods' },
  { id: 'siobhan', name: "Siobhán O'Neil" },
]
const EVENTS = [
  { id: 'mixer', title: 'Chamber of Commerce Mixer', startsAt: '2026-10-29T22:30:00Z' },
  { id: 'bni', title: 'BNI Breakfast', startsAt: '2026-10-27T12:00:00Z' },
  { id: 'conference', title: 'Midwest Growth Conference', startsAt: '2026-10-22T14:00:00Z' },
  { id: 'bbq', title: 'Neighborhood BBQ', startsAt: '2026-10-25T22:00:00Z' },
  { id: 'party', title: 'Holiday Work Party', startsAt: '2026-12-18T01:00:00Z' },
  { id: 'old-mixer', title: 'Chamber of Commerce Mixer', startsAt: '2026-06-10T22:30:00Z' },
]

/** Local time in Chicago, as a person reads it: "2026-11-03 09:00". */
const local = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

type Expected = {
  /** Names proposed, in order: "Name=id" when matched to that person (the journal's full name),
   *  "Name?n" when n namesakes could be meant, a bare name for someone new. */
  people?: string[]
  role?: string
  company?: string
  event?: string
  kind?: string
  /** When the conversation is dated, local time. */
  met?: string
  learned?: string[]
  /** Follow-up due, local time; "~" in front when the date was not said (guessed). */
  due?: string
  note?: string
}

const describePeople = (proposal: CaptureProposal) =>
  proposal.people.map((p) => (p.match ? `${p.name}=${p.match.id}` : p.candidates.length ? `${p.name}?${p.candidates.length}` : p.name))

const CASES: [string, Expected][] = [
  // The issue's own example.
  [
    "Met Dana Reyes, CPA at Reyes & Co, at the chamber mixer — she's looking for a bookkeeper; follow up Tuesday about the trends article",
    {
      people: ['Dana Reyes=dana'],
      role: 'CPA',
      company: 'Reyes & Co',
      event: 'mixer',
      kind: 'met',
      met: '2026-10-29 17:30',
      learned: ['Looking for a bookkeeper'],
      due: '2026-11-03 09:00',
      note: 'Follow up about the trends article',
    },
  ],
  // Relative dates across the clocks going back (CDT to CST on 1 November).
  ['Follow up with Tom Baker tomorrow', { people: ['Tom Baker=tom'], due: '2026-11-01 09:00' }],
  ['Follow up with Tom Baker tomorrow at 3pm', { due: '2026-11-01 15:00' }],
  ['Follow up with Tom Baker on Monday', { due: '2026-11-02 09:00' }],
  ['Follow up with Tom Baker next Friday at 10am', { due: '2026-11-06 10:00' }],
  ['Follow up with Tom Baker in two weeks', { due: '2026-11-14 09:00' }],
  ['Follow up with Tom Baker in 3 days', { due: '2026-11-03 09:00' }],
  ['Follow up with Tom Baker on November 12', { due: '2026-11-12 09:00' }],
  ['Follow up with Tom Baker on Nov 12 at 8:30am', { due: '2026-11-12 08:30' }],
  ['Follow up with Tom Baker December 1st', { due: '2026-12-01 09:00' }],
  [
    'follow-up with Priya on Wednesday about the print quote',
    { people: ['Priya Natarajan=priya'], due: '2026-11-04 09:00', note: 'Follow-up with Priya about the print quote' },
  ],
  ['Check in with Dana Reyes next week', { people: ['Dana Reyes=dana'], due: '2026-11-07 09:00' }],
  ['Remind me to email Grace Liu from Acme on Monday', { people: ['Grace Liu=grace-acme'], company: 'Acme', due: '2026-11-02 09:00' }],
  ['Ping him tomorrow morning about lunch', { people: [], due: '2026-11-01 09:00' }],
  ['Follow up with Tom Baker tomorrow evening', { due: '2026-11-01 20:00' }],
  ['Follow up with the venue next week about the deposit', { people: [], due: '2026-11-07 09:00', note: 'Follow up with the venue about the deposit' }],
  [
    'Follow up with Dana Reyes about the referral',
    { people: ['Dana Reyes=dana'], due: '~2026-11-07 09:00', note: 'Follow up with Dana Reyes about the referral' },
  ],
  // Meeting dates: said in the past, the event's day, or now; never in the future.
  ['Met Grace Liu yesterday', { people: ['Grace Liu?2'], kind: 'met', met: '2026-10-30 18:00' }],
  ['Met Tom Baker last Tuesday', { people: ['Tom Baker=tom'], met: '2026-10-27 12:00' }],
  ['Met Tom Baker on Thursday at the chamber mixer', { event: 'mixer', met: '2026-10-29 12:00' }],
  ['Met Tom Baker at the BNI breakfast', { event: 'bni', met: '2026-10-27 07:00' }],
  ['Met Tom Baker at the holiday work party', { event: undefined, met: '2026-10-31 18:00' }],
  ['Met Tom Baker today', { met: '2026-10-31 18:00' }],
  ['Met Tom Baker', { met: '2026-10-31 18:00' }],
  // Names: particles, accents, apostrophes, hyphens, several people, first names alone.
  ['Coffee with Jean-Luc van der Berg at the conference', { people: ['Jean-Luc van der Berg'], event: 'conference', kind: 'coffee' }],
  ["Met Siobhán O'Neil at the BBQ", { people: ["Siobhán O'Neil=siobhan"], event: 'bbq' }],
  ["Met Siobhan O'Neil at the BBQ", { people: ["Siobhán O'Neil=siobhan"], event: 'bbq' }],
  [
    'Had lunch with José García de la Fuente, owner at Fuente Foods',
    { people: ['José García de la Fuente'], role: 'owner', company: 'Fuente Foods', kind: 'coffee' },
  ],
  ['Had lunch with José García from Fuente Foods', { people: ['José García=jose'], company: 'Fuente Foods' }],
  ['Met jose garcia at the mixer', { people: [], event: 'mixer' }],
  ['Met Ludwig von Mises and Maria da Silva at the conference', { people: ['Ludwig von Mises', 'Maria da Silva'], event: 'conference' }],
  ['Met Dana Reyes and Tom Baker at the mixer', { people: ['Dana Reyes=dana', 'Tom Baker=tom'], event: 'mixer' }],
  ['Met Dana, Tom and Priya at the BBQ', { people: ['Dana Reyes=dana', 'Tom Baker=tom', 'Priya Natarajan=priya'], event: 'bbq' }],
  ['Met Dana & Tom after the BNI breakfast', { people: ['Dana Reyes=dana', 'Tom Baker=tom'], event: 'bni' }],
  ['Met Grace at the mixer', { people: ['Grace?2'], event: 'mixer' }],
  ['Met Grace Liu from Beta Labs at the mixer', { people: ['Grace Liu=grace-beta'], company: 'Beta Labs' }],
  ['Met Grace Liu from Gamma Corp at the mixer', { people: ['Grace Liu?2'], company: 'Gamma Corp' }],
  ['Met Ana María Pérez-Ortega, designer at Studio Norte', { people: ['Ana María Pérez-Ortega'], role: 'designer', company: 'Studio Norte' }],
  ['Met Mohammed bin Salman Al Harbi at the conference', { people: ['Mohammed bin Salman Al Harbi'] }],
  ["Met Conor O'Brien-Smith at the BBQ", { people: ["Conor O'Brien-Smith"] }],
  ['Met Zoë Brontë at the conference', { people: ['Zoë Brontë'] }],
  ['Met Søren Kierkegaard at the mixer', { people: ['Søren Kierkegaard'] }],
  [
    'Dana Reyes (Reyes & Co), chamber mixer, wants to grow her practice',
    { people: ['Dana Reyes=dana'], company: 'Reyes & Co', learned: ['Wants to grow her practice'] },
  ],
  [
    'Priya Natarajan (owner at Brightline Print) after the BNI breakfast',
    { people: ['Priya Natarajan=priya'], role: 'owner', company: 'Brightline Print', event: 'bni' },
  ],
  ['Talked to Priya Natarajan from Brightline Print about printing', { people: ['Priya Natarajan=priya'], kind: 'note' }],
  ['Spoke with Tom Baker on the phone', { people: ['Tom Baker=tom'], kind: 'call' }],
  ['Called Tom Baker about the quote', { people: ['Tom Baker=tom'], kind: 'call' }],
  ['Emailed Dana Reyes the trends article', { people: ['Dana Reyes=dana'], kind: 'email' }],
  ['One-to-one with Dana Reyes, she needs a web designer', { people: ['Dana Reyes=dana'], kind: 'one-to-one', learned: ['Needs a web designer'] }],
  ['Ran into Priya Natarajan at the conference', { people: ['Priya Natarajan=priya'], kind: 'met', event: 'conference' }],
  // No person at all.
  ['Great turnout at the mixer tonight', { people: [], event: 'mixer' }],
  ['Remember to order more business cards', { people: [] }],
  ['The BBQ was fun', { people: [] }],
  ['Follow up on the sponsorship next Tuesday', { people: [], due: '2026-11-03 09:00' }],
  // What was learned.
  ['Met Tom Baker at the mixer. He plays golf and is training for a marathon.', { learned: ['Plays golf and is training for a marathon'] }],
  ["Met Dana Reyes. She's hiring a bookkeeper", { learned: ['Hiring a bookkeeper'] }],
  ['Met Priya Natarajan, she just moved to Denver', { learned: ['Just moved to Denver'] }],
  ["Met Tom Baker at the BBQ; they're expecting a baby in March", { learned: ['Expecting a baby in March'] }],
  ['Met Tom Baker at the BBQ', { learned: [] }],
  // Events: the nearest of two with the same name, and only recent ones.
  ['Met Tom Baker at the Chamber of Commerce mixer', { event: 'mixer' }],
  ['Met Tom Baker at the growth conference', { event: 'conference' }],
  ['Met Tom Baker at a dinner party', { event: undefined, kind: 'coffee' }],
  // Everything at once.
  [
    'Coffee with Grace Liu from Acme after the BNI breakfast - she loves sailing; follow up next Monday at 2pm about the intro to Dana',
    { people: ['Grace Liu=grace-acme'], event: 'bni', kind: 'coffee', met: '2026-10-27 07:00', learned: ['Loves sailing'], due: '2026-11-02 14:00' },
  ],
]

describe('reading a capture sentence', () => {
  it('has the sixty-odd cases this table promises', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CASES)('%s', (text, expected) => {
    const proposal = parseCapture({ text, now: NOW, people: PEOPLE, events: EVENTS })
    if (expected.people) expect(describePeople(proposal)).toEqual(expected.people)
    if (expected.role) expect(proposal.people[0]?.role).toBe(expected.role)
    if (expected.company) expect(proposal.people[0]?.company).toBe(expected.company)
    if ('event' in expected) expect(proposal.event?.id).toBe(expected.event)
    if (expected.kind) expect(proposal.conversation?.kind).toBe(expected.kind)
    if (expected.met) expect(local(proposal.conversation!.date)).toBe(expected.met)
    if (expected.learned) expect(proposal.learned).toEqual(expected.learned)
    if (expected.due) {
      const guessed = expected.due.startsWith('~')
      expect(proposal.followUp).toBeDefined()
      expect(local(proposal.followUp!.dueAt)).toBe(expected.due.replace('~', ''))
      expect(proposal.followUp!.dateGuessed).toBe(guessed)
    } else {
      expect(proposal.followUp).toBeUndefined()
    }
    if (expected.note) expect(proposal.followUp?.note).toBe(expected.note)
    // A conversation is proposed exactly when somebody is named.
    expect(Boolean(proposal.conversation)).toBe(proposal.people.length > 0)
  })

  it('an event chosen by the person wins over any named, and a future event never dates a meeting', () => {
    const chosen = parseCapture({ text: 'Met Tom Baker at the BBQ', now: NOW, people: PEOPLE, events: EVENTS, eventId: 'party' })
    expect(chosen.event?.id).toBe('party')
    expect(local(chosen.conversation!.date)).toBe('2026-10-31 18:00')
  })

  it('reads 03/11 as the 3rd of November for a British locale and as March the 11th otherwise', () => {
    const british = parseCapture({ text: 'Follow up with Tom Baker on 03/11', now: NOW, locale: 'en-GB', people: PEOPLE, events: EVENTS })
    expect(local(british.followUp!.dueAt)).toBe('2026-11-03 09:00')
    const american = parseCapture({ text: 'Follow up with Tom Baker on 03/11', now: NOW, locale: 'en-US', people: PEOPLE, events: EVENTS })
    expect(local(american.followUp!.dueAt)).toBe('2027-03-11 09:00')
  })
})
