import { Badge, Group, Stack, Text, Timeline } from '@mantine/core'
import type { Interaction, Person } from '../../../shared/domain'
import { formatDate } from '../lib/format'
import { INTERACTION_KIND_LABELS } from '../lib/labels'
import { LinkifiedText } from './LinkifiedText'
import { DeleteWithUndo } from './DeleteWithUndo'
import { PersonLink } from './PersonLink'

/** Interactions newest first, each with who was there. */
export function InteractionList({ interactions, people, hidePersonId }: { interactions: Interaction[]; people: Map<string, Person>; hidePersonId?: string }) {
  const newestFirst = [...interactions].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {newestFirst.map((interaction) => {
        const others = interaction.personIds.filter((id) => id !== hidePersonId)
        return (
          <Timeline.Item key={interaction.id} title={interaction.summary}>
            <Stack gap={2}>
              <Group gap="xs">
                <Badge size="xs" variant="light">
                  {INTERACTION_KIND_LABELS[interaction.kind]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatDate(interaction.date)}
                </Text>
                <DeleteWithUndo
                  kind="interaction"
                  id={interaction.id}
                  label={interaction.summary || `${INTERACTION_KIND_LABELS[interaction.kind]} on ${formatDate(interaction.date)}`}
                  compact
                />
              </Group>
              {others.length > 0 && (
                <Text size="sm">
                  With{' '}
                  {others.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <PersonLink id={id} people={people} />
                    </span>
                  ))}
                </Text>
              )}
              {interaction.notes && (
                <Text size="sm" c="dimmed">
                  <LinkifiedText text={interaction.notes} />
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        )
      })}
    </Timeline>
  )
}
