import { describe, expect, it } from 'vitest'
import { foldText, linkKey, phoneKey } from '../../../shared/exchange/text'
import { connectedOnDate } from '../../../shared/exchange/linkedin'

describe('matching keys', () => {
  it('folds case, accents and spacing, and leaves CJK names as they are', () => {
    expect(foldText('  José   NÚÑEZ ')).toBe('jose nunez')
    expect(foldText('Zoë Ångström')).toBe('zoe angstrom')
    expect(foldText('佐藤 美咲')).toBe('佐藤 美咲')
  })

  it('compares phones by their last ten digits, and ignores numbers too short to mean anything', () => {
    expect(phoneKey('+1 (555) 010-2030')).toBe(phoneKey('555.010.2030'))
    expect(phoneKey('ext 12')).toBeUndefined()
  })

  it('normalises profile URLs: scheme, www, query, fragment, trailing slashes and case', () => {
    expect(linkKey('https://www.LinkedIn.com/in/Jane-Doe/?trk=x#top')).toBe('linkedin.com/in/jane-doe')
    expect(linkKey(' linkedin.com/in/jane-doe// ')).toBe('linkedin.com/in/jane-doe')
  })

  it('handles a hostile 4,000-character URL in linear time', () => {
    const hostile = 'http://' + '/'.repeat(2_000) + 'x'.repeat(2_000) + '/'.repeat(2_000) + ' x'
    const started = performance.now()
    for (let i = 0; i < 1_000; i++) linkKey(hostile)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('LinkedIn "Connected On" dates', () => {
  it.each([
    ['15 Jan 2023', '2023-01-15'],
    ['1 Mar 2020', '2020-03-01'],
    ['03-Feb-21', '2021-02-03'],
    ['2022-07-09', '2022-07-09'],
    ['31 Feb 2023', undefined],
    ['yesterday', undefined],
  ])('%s → %s', (input, expected) => {
    expect(connectedOnDate(input)).toBe(expected)
  })
})
