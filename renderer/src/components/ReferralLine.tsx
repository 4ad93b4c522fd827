import { Badge, Group, Text } from '@mantine/core'
import type { Person, Referral } from '../../../shared/domain'
import { useMoney } from '../lib/useMoney'
import { REFERRAL_STATUS_LABELS } from '../lib/labels'
import { DeleteWithUndo } from './DeleteWithUndo'
import { PersonLink } from './PersonLink'

const STATUS_COLORS: Record<Referral['status'], string> = { introduced: 'blue', meeting: 'violet', closed: 'teal', lost: 'gray' }

/** "You referred Dana to Sam: office insurance" or "Sam referred business to you: ...". */
export function ReferralLine({ referral, people }: { referral: Referral; people: Map<string, Person> }) {
  const money = useMoney()
  const from = <PersonLink id={referral.fromPersonId} people={people} fallback={referral.fromName ?? 'someone'} />
  const to = <PersonLink id={referral.toPersonId} people={people} fallback={referral.toName ?? 'someone'} />
  return (
    <>
      <Text size="sm">
        {referral.direction === 'given' ? (
          <>
            You referred {referral.fromPersonId || referral.fromName ? <>{from} to </> : null}
            {to}: {referral.about}
          </>
        ) : (
          <>
            {from} referred business to you: {referral.about}
          </>
        )}
      </Text>
      <Group gap="xs" mt={4}>
        <Badge size="xs" color={STATUS_COLORS[referral.status]} variant="light">
          {REFERRAL_STATUS_LABELS[referral.status]}
        </Badge>
        {referral.closedValue !== undefined && (
          <Badge size="xs" color="teal" variant="outline">
            Closed business: {money(referral.closedValue)}
          </Badge>
        )}
        <DeleteWithUndo kind="referral" id={referral.id} label={referral.about} compact />
      </Group>
    </>
  )
}
