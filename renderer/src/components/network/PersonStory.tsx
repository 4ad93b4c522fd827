import { Badge, Group, Stack, Text, Timeline } from '@mantine/core'
import { IconArrowsExchange, IconBell, IconFlag, IconMessageCircle } from '@tabler/icons-react'
import type { PersonTimelineEntry } from '../../../../shared/derive/personTimeline'
import type { Person } from '../../../../shared/domain'
import { formatDate } from '../../lib/format'
import { INTERACTION_KIND_LABELS } from '../../lib/labels'
import { QueryView } from '../QueryView'
import { ReferralLine } from '../ReferralLine'
import { LinkifiedText } from '../LinkifiedText'
import { PersonLink } from '../PersonLink'
import { STAGE_COLORS, gapLabel, stageColorVar } from './stages'
import { usePersonTimeline } from './usePersonTimeline'

/** Silences worth pointing out: a week or more between two entries. */
const VISIBLE_GAP_DAYS = 7

function EntryBody({ entry, people, personId }: { entry: PersonTimelineEntry; people: Map<string, Person>; personId: string }) {
  switch (entry.kind) {
    case 'milestone':
      return (
        <Badge color={STAGE_COLORS[entry.stage]} variant="filled">
          {entry.label}
        </Badge>
      )
    case 'interaction': {
      const others = entry.interaction.personIds.filter((id) => id !== personId)
      return (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {entry.interaction.summary}
          </Text>
          <Text size="xs" c="dimmed">
            {INTERACTION_KIND_LABELS[entry.interaction.kind]}
            {others.length > 0 && (
              <>
                {' with '}
                {others.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <PersonLink id={id} people={people} />
                  </span>
                ))}
              </>
            )}
          </Text>
        </Stack>
      )
    }
    case 'referral':
      return <ReferralLine referral={entry.referral} people={people} />
    case 'followup':
      return (
        <Text size="sm">
          Follow-up {entry.followUp.status === 'pending' ? 'planned' : entry.followUp.status}: <LinkifiedText text={entry.followUp.note} />
        </Text>
      )
  }
}

const ICONS = { milestone: IconFlag, interaction: IconMessageCircle, referral: IconArrowsExchange, followup: IconBell }

/** The person's own story, oldest first, with the silences between entries shown ("3 months later"). */
export function PersonStory({ personId, people }: { personId: string; people: Map<string, Person> }) {
  const story = usePersonTimeline(personId)
  return (
    <QueryView query={story}>
      {({ entries }) => (
        <Timeline bulletSize={22} lineWidth={2} aria-label="Their timeline">
          {entries.map((entry, index) => {
            const Icon = ICONS[entry.kind]
            const key =
              entry.kind === 'milestone'
                ? `m-${entry.stage}`
                : `${entry.kind}-${'interaction' in entry ? entry.interaction.id : 'referral' in entry ? entry.referral.id : entry.followUp.id}`
            return (
              <Timeline.Item
                key={`${key}-${index}`}
                bullet={<Icon size={12} aria-hidden />}
                color={entry.kind === 'milestone' ? STAGE_COLORS[entry.stage] : undefined}
                style={entry.kind === 'milestone' ? { ['--tl-color' as string]: stageColorVar(entry.stage) } : undefined}
              >
                {index > 0 && entry.gapDaysBefore >= VISIBLE_GAP_DAYS && (
                  <Text size="xs" fs="italic" c="dimmed" mb={4}>
                    {gapLabel(entry.gapDaysBefore)}
                  </Text>
                )}
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <EntryBody entry={entry} people={people} personId={personId} />
                  </div>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {formatDate(entry.at)}
                  </Text>
                </Group>
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </QueryView>
  )
}
