import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { InteractionList } from '../../../renderer/src/components/InteractionList'
import { HowWeMet, PersonNotes, WhatILearned } from '../../../renderer/src/components/PersonFacts'
import { HOSTILE, HOSTILE_IDS, HOSTILE_STRINGS, SAFE_LINK, generateHostileJournal } from '../../fixtures/hostile/hostileJournal'
import { fakeKith, renderWithKith } from '../fakeKith'

const journal = generateHostileJournal(new Date('2026-11-30T12:00:00Z'))
const person = journal.people.find((p) => p.id === HOSTILE_IDS.person)!
const people = new Map(journal.people.map((p) => [p.id, p]))
const events = new Map(journal.events.map((e) => [e.id, e]))

function renderFacts() {
  const { container } = renderWithKith(
    <>
      <HowWeMet person={person} people={people} events={events} />
      <WhatILearned person={person} />
      <PersonNotes person={person} />
      <InteractionList interactions={journal.interactions.filter((i) => i.personIds.includes(person.id))} people={people} hidePersonId={person.id} />
    </>,
    fakeKith({ 'people:list': () => journal.people, 'events:list': () => journal.events }),
  )
  return container
}

describe('the hostile journal fixture', () => {
  it('is a journal Kith itself accepts, holding every hostile string', () => {
    expect(() => Journal.parse(JSON.parse(JSON.stringify(journal)))).not.toThrow()
    const text = JSON.stringify(journal)
    for (const hostile of HOSTILE_STRINGS) expect(text).toContain(JSON.stringify(hostile).slice(1, -1))
    expect(person.name).toBe(HOSTILE.img)
  })
})

describe("a hostile person's facts, notes and history", () => {
  it('shows every hostile string as the characters typed and builds no element from them', () => {
    const container = renderFacts()
    expect(container.querySelector('img, script, svg:not(.tabler-icon)')).toBeNull()
    expect(screen.getAllByText(HOSTILE.script).length).toBeGreaterThanOrEqual(2) // an answer and a note
    expect(screen.getAllByText(HOSTILE.img).length).toBeGreaterThanOrEqual(1) // the interaction summaries
    for (const hostile of [HOSTILE.markdown, HOSTILE.jsUrl, HOSTILE.template, HOSTILE.formula, HOSTILE.svg]) {
      expect(container.textContent, hostile).toContain(hostile)
    }
  })

  it('links only the safe URL in a note; javascript: and Markdown links stay text', () => {
    const container = renderFacts()
    const hrefs = Array.from(container.querySelectorAll('a[target="_blank"]')).map((a) => a.getAttribute('href'))
    // The formula's own http URL is a plain web link like any other; the formula around it stays text.
    expect(hrefs).toEqual([SAFE_LINK, 'http://x/'])
    expect(container.textContent).toContain(HOSTILE.formula)
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(?:javascript|data|vbscript|file):/i)
  })
})
