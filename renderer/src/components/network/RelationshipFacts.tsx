import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconSnowflake } from '@tabler/icons-react'
import { Link } from 'react-router'
import { formatDate } from '../../lib/format'
import { useMoney } from '../../lib/useMoney'
import { Section } from '../Section'
import { STAGE_COLORS, STAGE_LABELS } from './stages'
import { usePersonTimeline } from './usePersonTimeline'

/** The derived stage and whether the relationship is going cold, next to the person's name. */
export function RelationshipBadges({ personId }: { personId: string }) {
  const story = usePersonTimeline(personId)
  const rel = story.data?.relationship
  if (!rel) return null
  return (
    <>
      <Badge color={STAGE_COLORS[rel.stage]} variant="filled">
        {STAGE_LABELS[rel.stage]}
      </Badge>
      {rel.goingCold && (
        <Badge color="blue" variant="outline" leftSection={<IconSnowflake size={12} aria-hidden />}>
          Going cold: {rel.daysSinceContact} days since you last talked
        </Badge>
      )}
    </>
  )
}

/** Who introduced us, whom they introduced, and the give/receive balance with them. */
export function RelationshipFacts({ personId, name }: { personId: string; name: string }) {
  const story = usePersonTimeline(personId)
  const money = useMoney()
  if (!story.data) return null
  const { introducedBy, introduced, balance, relationship } = story.data
  const diff = balance.given - balance.received
  return (
    <>
      <Section title="Give and receive">
        <SimpleGrid cols={2}>
          <div>
            <Text size="xs" c="dimmed">
              I gave {name}
            </Text>
            <Text fw={700}>
              {balance.given} {balance.given === 1 ? 'referral' : 'referrals'}
            </Text>
            {balance.closedValueGiven > 0 && <Text size="xs">{money(balance.closedValueGiven)} closed</Text>}
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {name} gave me
            </Text>
            <Text fw={700}>
              {balance.received} {balance.received === 1 ? 'referral' : 'referrals'}
            </Text>
            {balance.closedValueReceived > 0 && <Text size="xs">{money(balance.closedValueReceived)} closed</Text>}
          </div>
        </SimpleGrid>
        <Text size="sm" mt="sm" c={diff < 0 ? 'orange' : 'dimmed'}>
          {diff === 0 ? 'Even.' : diff > 0 ? `You have given ${diff} more than you received.` : `You owe ${name} ${-diff}: pay it back or forward.`}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          First met {formatDate(relationship.firstMet)} · last contact {formatDate(relationship.lastContact)}
        </Text>
        <Anchor component={Link} to="/referrals" size="xs">
          Status, closed value and thanks: open the referral ledger
        </Anchor>
      </Section>
      <Section title="Introductions">
        <Stack gap="xs">
          <Text size="sm">
            {introducedBy ? (
              <>
                Introduced to me by{' '}
                <Anchor component={Link} to={`/people/${introducedBy.id}`}>
                  {introducedBy.name}
                </Anchor>
                .
              </>
            ) : (
              <Text span c="dimmed" size="sm">
                Nobody introduced us.
              </Text>
            )}
          </Text>
          {introduced.length > 0 ? (
            <Group gap={6}>
              <Text size="sm">{name} introduced me to</Text>
              {introduced.map((p) => (
                <Anchor key={p.id} component={Link} to={`/people/${p.id}`} size="sm">
                  {p.name}
                </Anchor>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {name} has not introduced you to anyone yet.
            </Text>
          )}
        </Stack>
      </Section>
    </>
  )
}
