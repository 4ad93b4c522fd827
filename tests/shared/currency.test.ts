import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, Journal, Settings, currencyForLocale, emptyJournal } from '../../shared/domain'

describe('the currency of amounts', () => {
  it("defaults to the locale's region: dollars for en-US, euros for de-DE, yen for ja, pounds for en-GB", () => {
    expect(currencyForLocale('en-US')).toBe('USD')
    expect(currencyForLocale('de-DE')).toBe('EUR')
    expect(currencyForLocale('fr')).toBe('EUR')
    expect(currencyForLocale('ja')).toBe('JPY')
    expect(currencyForLocale('en-GB')).toBe('GBP')
  })

  it('falls back to dollars for a region it does not know or a malformed locale', () => {
    expect(currencyForLocale('en-AQ')).toBe('USD')
    expect(currencyForLocale('not a locale!')).toBe('USD')
  })

  it('is optional in the settings, so journals written before it still open; a chosen one is a three-letter code', () => {
    expect(Settings.parse(DEFAULT_SETTINGS).currency).toBeUndefined()
    expect(Journal.parse(emptyJournal(new Date())).settings.currency).toBeUndefined()
    expect(Settings.parse({ ...DEFAULT_SETTINGS, currency: 'EUR' }).currency).toBe('EUR')
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, currency: 'euro' }).success).toBe(false)
  })
})
