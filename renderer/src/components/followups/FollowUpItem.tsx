import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import type { FollowUp, Person } from '../../../../shared/domain'
import { effectiveDue, relativeDue, type FollowUpGroup } from '../../lib/followUpGroups'
import { formatWhen } from '../../lib/format'
import { LinkifiedText } from '../LinkifiedText'
import { PersonLink } from '../PersonLink'
import { DoneMenu } from './DoneMenu'
import { SnoozeMenu } from './SnoozeMenu'
import { useFollowUpActions } from './useFollowUpActions'

const GROUP_COLORS: Record<FollowUpGroup, string> = { overdue: 'red', today: 'orange', 'this week': 'indigo', later: 'gray' }

/** One planned follow-up with what can be done about it. */
export function FollowUpItem({
  followUp,
  people,
  label,
  group,
  now,
}: {
  followUp: FollowUp
  people: Map<string, Person>
  label?: (person: Person) => string
  group: FollowUpGroup
  now: Date
}) {
  const actions = useFollowUpActions()
  const due = effectiveDue(followUp)
  return (
    <Paper withBorder radius="md" p="sm" data-followup-id={followUp.id} aria-label={`Follow-up: ${followUp.note}`} component="article">
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Text size="sm">
            <PersonLink id={followUp.personId} people={people} label={label} fallback="Nobody in particular" />
          </Text>
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            <LinkifiedText text={followUp.note} />
          </Text>
          <Group gap={6}>
            <Tooltip label={formatWhen(due)} openDelay={300}>
              <Badge color={GROUP_COLORS[group]} variant={group === 'later' ? 'default' : 'light'} data-testid="followup-due">
                {relativeDue(due, now)}
              </Badge>
            </Tooltip>
            <Text size="xs" c="dimmed">
              {followUp.snoozedUntil ? `Snoozed until ${formatWhen(due)}` : formatWhen(due)}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <DoneMenu followUpId={followUp.id} note={followUp.note} canLog={Boolean(followUp.personId)} />
          <SnoozeMenu followUpId={followUp.id} about={followUp.note} />
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} aria-hidden />}
            aria-label={`Dismiss: ${followUp.note}`}
            onClick={() => void actions.dismiss(followUp.id)}
          >
            Dismiss
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
