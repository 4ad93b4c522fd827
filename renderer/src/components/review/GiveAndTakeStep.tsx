import { Button, Group, List, Stack, Text } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import type { OwedReferrer } from '../../../../shared/derive/review/steps'
import { formatDate } from '../../lib/format'
import { StepEmpty, StepItem } from './StepList'
import { ShowMoreList } from '../ShowMoreList'
import { daysFromNow } from './reviewSteps'
import { useReviewAction } from './useReviewAction'

function OwedItem({ owed }: { owed: OwedReferrer }) {
  const { running, run } = useReviewAction()
  const balance = `gave you ${owed.received} referral${owed.received === 1 ? '' : 's'}, you gave ${owed.given} back`
  return (
    <StepItem label={owed.name} title={owed.name} to={`/people/${owed.personId}`} meta={owed.owed ? `${balance}: you owe ${owed.owed}` : balance}>
      <Stack gap={6} w="100%">
        {owed.unthankedReferrals.length > 0 && (
          <List spacing={4} size="sm">
            {owed.unthankedReferrals.map((r) => (
              <List.Item key={r.referralId}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {r.about}{' '}
                    <Text span c="dimmed" size="xs">
                      ({formatDate(r.date)})
                    </Text>
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="teal"
                    loading={running === r.referralId}
                    aria-label={`Mark thanked: ${r.about}`}
                    onClick={() =>
                      void run(
                        r.referralId,
                        (kith) => kith.referrals.update({ id: r.referralId, patch: { thanked: true } }),
                        `Thanked ${owed.name}.`,
                        'Could not mark it thanked',
                      )
                    }
                  >
                    Mark thanked
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {owed.owed > 0 && (
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={running === 'return'}
              onClick={() =>
                void run(
                  'return',
                  (kith) => kith.followups.create({ personId: owed.personId, dueAt: daysFromNow(3), note: `Find a referral for ${owed.name}` }),
                  `Reminder set: find a referral for ${owed.name}.`,
                  'Could not set the reminder',
                )
              }
            >
              Remind me to return the favour
            </Button>
          </Group>
        )}
      </Stack>
    </StepItem>
  )
}

export function GiveAndTakeStep({ owed }: { owed: OwedReferrer[] }) {
  if (!owed.length) {
    return (
      <StepEmpty icon={<IconArrowsExchange aria-hidden />} title="You are square with everyone">
        Nobody who sent you business is waiting for a thank-you or a referral back. When you log a referral you received, the person who gave it shows up here
        until you thank them and return the favour.
      </StepEmpty>
    )
  }
  return <ShowMoreList items={owed} itemKey={(o) => o.personId} render={(o) => <OwedItem owed={o} />} noun="waiting" />
}
