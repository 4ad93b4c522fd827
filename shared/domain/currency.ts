/**
 * Money in Kith is one currency, the user's: referral values carry no currency of their own.
 * Until the user picks one in Settings, it follows their locale's region.
 */
export const CURRENCY_CODE = /^[A-Z]{3}$/

const EURO = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']

const BY_REGION: Record<string, string> = {
  ...Object.fromEntries(EURO.map((region) => [region, 'EUR'])),
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  JP: 'JPY',
  CN: 'CNY',
  KR: 'KRW',
  IN: 'INR',
  SG: 'SGD',
  HK: 'HKD',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  IL: 'ILS',
  TR: 'TRY',
  AE: 'AED',
  SA: 'SAR',
}

/** The currency of a locale such as `en-US` (USD) or `de-DE` (EUR); USD when the region is unknown. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined
  try {
    region = new Intl.Locale(locale).maximize().region
  } catch {
    region = undefined
  }
  return (region && BY_REGION[region]) || 'USD'
}
