import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { currencyForLocale } from '../../../shared/domain/currency'
import { journalQueries } from '../api/queries/journal'
import { formatMoney } from './format'

/** The currency amounts are shown in: the one chosen in Settings, else the locale's. */
export function useCurrency(): string {
  const settings = useQuery(journalQueries.settings())
  return settings.data?.currency ?? currencyForLocale(navigator.language)
}

/** Formats an amount in the user's currency; every amount of money on screen goes through it. */
export function useMoney(): (value: number) => string {
  const currency = useCurrency()
  return useCallback((value: number) => formatMoney(value, currency), [currency])
}
