import { describe, expect, it } from 'vitest'
import { distinction, namesakesOf, personLabeller } from '../../../shared/derive/namesakes'

const people = [
  { id: 'a', name: 'Grace Liu', company: 'Pinecrest Dental' },
  { id: 'b', name: 'grace  LIU', howWeMet: { eventId: 'ev-bbq' } },
  { id: 'c', name: 'Grâce Liu', howWeMet: { place: 'the gym' } },
  { id: 'd', name: 'Dana Reyes' },
]
const events = new Map([['ev-bbq', { title: 'Summer BBQ' }]])

describe('namesakes', () => {
  it('finds the same name whatever the case, accents and spacing', () => {
    expect(namesakesOf('GRACE liu', people).map((p) => p.id)).toEqual(['a', 'b', 'c'])
    expect(namesakesOf('  ', people)).toEqual([])
  })

  it('tells a person apart by company, else by where they were met', () => {
    expect(people.map((p) => distinction(p, events))).toEqual(['Pinecrest Dental', 'met at Summer BBQ', 'met at the gym', undefined])
  })

  it('adds the distinction only where a namesake exists', () => {
    const label = personLabeller(people, events)
    expect(people.map(label)).toEqual(['Grace Liu (Pinecrest Dental)', 'grace  LIU (met at Summer BBQ)', 'Grâce Liu (met at the gym)', 'Dana Reyes'])
  })
})
