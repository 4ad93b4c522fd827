import { Group, Select, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Settings } from '../../../../shared/domain'
import { useKith } from '../../api/KithContext'
import { journalQueries } from '../../api/queries/journal'
import { formatMoney } from '../../lib/format'
import { useCurrency } from '../../lib/useMoney'
import { QueryView } from '../QueryView'
import { Section } from '../Section'
import { SaveStatus, useSaveAsYouGo } from './saveAsYouGo'

/** Every currency the runtime knows, by its name in the user's language: "Euro (EUR)". */
function currencyChoices(): { value: string; label: string }[] {
  const names = new Intl.DisplayNames(undefined, { type: 'currency' })
  return Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
}

function CurrencyForm({ settings }: { settings: Settings }) {
  const kith = useKith()
  const [currency, setCurrency] = useState(useCurrency())
  const choices = useMemo(() => currencyChoices(), [])
  const saving = useSaveAsYouGo(
    journalQueries.settings().queryKey,
    (code: string): Partial<Settings> | undefined => (code === settings.currency ? undefined : { currency: code }),
    (patch) => kith.settings.update({ patch }),
  )
  return (
    <form aria-label="Money settings" noValidate onSubmit={(event) => event.preventDefault()}>
      <Group align="flex-end" gap="md">
        <Select
          label="Currency"
          description={`Closed business from referrals is shown in it, e.g. ${formatMoney(4500, currency)}`}
          data={choices}
          value={currency}
          searchable
          allowDeselect={false}
          w={360}
          comboboxProps={{ withinPortal: true }}
          onChange={(code) => {
            if (!code) return
            setCurrency(code)
            saving.schedule(code)
          }}
        />
        <SaveStatus state={saving.state} />
      </Group>
      {settings.currency === undefined && (
        <Text size="xs" c="dimmed" mt={4}>
          Until you choose, Kith uses your language and region&apos;s currency.
        </Text>
      )}
    </form>
  )
}

/** Settings → Money: the one currency every amount is shown in, saved as you go. */
export function CurrencySettings() {
  const settings = useQuery(journalQueries.settings())
  return (
    <Section title="Money">
      <QueryView query={settings}>{(s) => <CurrencyForm settings={s} />}</QueryView>
    </Section>
  )
}
