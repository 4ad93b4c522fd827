import { Badge, NumberInput, Select, Switch, Table, Text } from '@mantine/core'
import { CurrencyCode } from '../CurrencyCode'
import { useCurrency } from '../../lib/useMoney'
import { useState } from 'react'
import type { Person, Referral, ReferralStatus } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { formatDate } from '../../lib/format'
import { REFERRAL_STATUS_LABELS } from '../../lib/labels'
import { PersonLink } from '../PersonLink'

const STATUS_OPTIONS = Object.entries(REFERRAL_STATUS_LABELS).map(([value, label]) => ({ value, label }))

function ClosedValue({ referral, onSave }: { referral: Referral; onSave: (value: number) => void }) {
  const [value, setValue] = useState<number | string>(referral.closedValue ?? '')
  const currency = useCurrency()
  if (referral.status !== 'closed')
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  return (
    <NumberInput
      size="xs"
      w={120}
      min={0}
      thousandSeparator
      rightSection={<CurrencyCode code={currency} />}
      aria-label={`Closed value of "${referral.about}"`}
      placeholder="Value"
      value={value}
      onChange={setValue}
      onBlur={() => value !== '' && Number(value) !== referral.closedValue && onSave(Number(value))}
    />
  )
}

/** Referrals with their status, closed value and thanks, each editable in place. */
export function ReferralTable({ referrals, people }: { referrals: Referral[]; people: Map<string, Person> }) {
  const { write } = useWrite()
  const update = (id: string, patch: { status?: ReferralStatus; closedValue?: number; thanked?: boolean }) =>
    write((kith) => kith.referrals.update({ id, patch }), { failure: 'Could not update this referral' })
  const sorted = [...referrals].sort((a, b) => Date.parse(b.date) - Date.parse(a.date)).slice(0, 500)

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label="Referrals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Date</Table.Th>
            <Table.Th w={110}>Direction</Table.Th>
            <Table.Th>With</Table.Th>
            <Table.Th>About</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Closed value</Table.Th>
            <Table.Th>Thanked</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm">{formatDate(r.date)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.direction === 'given' ? 'orange' : 'teal'}>
                  {r.direction === 'given' ? 'Given' : 'Received'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {r.direction === 'given' ? (
                    <PersonLink id={r.toPersonId} people={people} fallback={r.toName ?? 'someone'} />
                  ) : (
                    <PersonLink id={r.fromPersonId} people={people} fallback={r.fromName ?? 'someone'} />
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.about}</Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  w={130}
                  aria-label={`Status of "${r.about}"`}
                  data={STATUS_OPTIONS}
                  value={r.status}
                  allowDeselect={false}
                  onChange={(value) => value && void update(r.id, { status: value as ReferralStatus })}
                />
              </Table.Td>
              <Table.Td>
                <ClosedValue key={`${r.id}-${r.closedValue ?? ''}`} referral={r} onSave={(closedValue) => void update(r.id, { closedValue })} />
              </Table.Td>
              <Table.Td>
                <Switch aria-label={`Thanked for "${r.about}"`} checked={r.thanked} onChange={(e) => void update(r.id, { thanked: e.currentTarget.checked })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
