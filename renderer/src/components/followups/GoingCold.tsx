import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconSnowflake } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { SuggestedFollowUp } from '../../../../shared/derive/followUps'
import { useQuery } from '@tanstack/react-query'
import { useWrite } from '../../api/mutations/useWrite'
import { followUpQueries } from '../../api/queries/followups'
import { QueryView } from '../QueryView'
import { notifySaved } from '../notify'
import { formatWhen } from '../../lib/format'
import { dueInDays } from './followUpDue'

const SHOWN = 8

function Suggestion({ suggestion }: { suggestion: SuggestedFollowUp }) {
  const { write } = useWrite()
  const [busy, setBusy] = useState(false)
  const { person, relationship } = suggestion
  const plan = async () => {
    setBusy(true)
    const saved = await write((kith) => kith.followups.create({ personId: person.id, dueAt: dueInDays(1).toISOString(), note: suggestion.note }), {
      failure: `Could not plan a follow-up with ${person.name}`,
    })
    setBusy(false)
    if (!saved) return
    notifySaved(`Follow-up with ${person.name} planned for tomorrow morning.`)
  }
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={0} style={{ flex: '1 1 240px', minWidth: 0 }}>
          <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
            {person.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            Last contact {relationship.daysSinceContact} days ago; you meant to keep in touch every {relationship.cadenceDays} days.
          </Text>
        </Stack>
        {suggestion.planned ? (
          <Text size="sm">Follow-up planned for {formatWhen(suggestion.planned.dueAt)}</Text>
        ) : (
          <Button size="xs" variant="light" onClick={() => void plan()} loading={busy} aria-label={`Follow up tomorrow with ${person.name}`}>
            Follow up tomorrow
          </Button>
        )}
      </Group>
    </Paper>
  )
}

/** People past their keep-in-touch cadence with nothing planned: one click plans a follow-up. */
export function GoingCold() {
  const suggestions = useQuery(followUpQueries.suggested(SHOWN))
  return (
    <QueryView query={suggestions}>
      {({ total, suggestions: list }) =>
        total === 0 ? null : (
          <Stack gap="sm" component="section" aria-labelledby="going-cold-title">
            <Group gap={6}>
              <IconSnowflake size={20} aria-hidden />
              <Title order={2} size="h4" id="going-cold-title">
                Going cold{' '}
                <Text span c="dimmed" fw={400}>
                  ({total})
                </Text>
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              Past their keep-in-touch cadence: they stay here until you talk again. Change the cadence in Settings.
            </Text>
            {list.map((s) => (
              <Suggestion key={s.person.id} suggestion={s} />
            ))}
            {total > list.length && (
              <Anchor component={Link} to="/people?goingCold=1" size="sm">
                See all {total} on People
              </Anchor>
            )}
          </Stack>
        )
      }
    </QueryView>
  )
}
