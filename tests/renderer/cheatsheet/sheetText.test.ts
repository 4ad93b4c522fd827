import { describe, expect, it } from 'vitest'
import type { SheetPerson } from '../../../shared/derive/cheatSheet'
import { howWeMetLine, referralLine, sheetDate } from '../../../renderer/src/components/cheatsheet/sheetText'
import { formatMoney } from '../../../renderer/src/lib/format'

const person = (howWeMet: SheetPerson['howWeMet']) => ({ howWeMet }) as SheetPerson

describe('the short lines on a card', () => {
  it('dates without the year in the event’s year, and with it otherwise', () => {
    expect(sheetDate('2026-11-10', 2026)).not.toMatch(/2026/)
    expect(sheetDate('2024-03-02', 2026)).toMatch(/2024/)
    expect(sheetDate(undefined, 2026)).toBe('')
  })

  it('says how we met: the event (or the place), when, and who introduced us', () => {
    expect(howWeMetLine(person({ eventTitle: 'Chamber mixer', place: 'Riverside Hotel', date: '2026-10-21', introducedBy: 'Noah Williams' }), 2026)).toMatch(
      /^Met: Chamber mixer · .+ · via Noah Williams$/,
    )
    expect(howWeMetLine(person({ place: 'Oak Street park' }), 2026)).toBe('Met: Oak Street park')
    expect(howWeMetLine(person({}), 2026)).toBe('How we met is not recorded')
  })

  it("shows which way a referral went, its status and the closed value in the user's currency", () => {
    const euros = (value: number) => formatMoney(value, 'EUR')
    const line = referralLine(
      { direction: 'received', about: 'A client who needed hiring help', date: '2026-10-01', status: 'closed', closedValue: 4500 },
      euros,
    )
    expect(line).toBe(`← they gave: A client who needed hiring help (Closed, ${euros(4500)})`)
    expect(line).toMatch(/€/)
    expect(referralLine({ direction: 'given', about: 'Introduced a neighbour', date: '2026-10-01', status: 'introduced' }, euros)).toBe(
      '→ I gave: Introduced a neighbour (Introduced)',
    )
  })
})
