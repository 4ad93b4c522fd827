import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChecklist, IconPlus } from '@tabler/icons-react'
import type { FollowUp, Person } from '../../../shared/domain'
import { useKithQuery } from '../api/KithContext'
import { EmptyState } from '../components/EmptyState'
import { FollowUpCreateForm } from '../components/FollowUpCreateForm'
import { LinkifiedText } from '../components/LinkifiedText'
import { PageHeader } from '../components/PageHeader'
import { PersonLink } from '../components/PersonLink'
import { QueryView } from '../components/QueryView'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { FOLLOW_UP_GROUPS, effectiveDue, groupFollowUps, type FollowUpGroup } from '../lib/followUpGroups'
import { formatWhen } from '../lib/format'

const GROUP_TITLES: Record<FollowUpGroup, string> = { overdue: 'Overdue', today: 'Today', 'this week': 'This week', later: 'Later' }
const GROUP_COLORS: Record<FollowUpGroup, string> = { overdue: 'red', today: 'orange', 'this week': 'indigo', later: 'gray' }

function FollowUpRow({ followUp, people, group }: { followUp: FollowUp; people: Map<string, Person>; group: FollowUpGroup }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={500}><LinkifiedText text={followUp.note} /></Text>
          <Text size="sm" c="dimmed">
            With <PersonLink id={followUp.personId} people={people} fallback="nobody in particular" />
          </Text>
        </Stack>
        <Badge color={GROUP_COLORS[group]} variant={group === 'later' ? 'default' : 'light'} style={{ flexShrink: 0 }}>
          {formatWhen(effectiveDue(followUp))}
        </Badge>
      </Group>
    </Paper>
  )
}

export function FollowUpsPage() {
  const followUps = useKithQuery(async (kith) => groupFollowUps(await kith.followups.list({}), new Date()), 'followups')
  const people = usePeopleIndex()
  const [adding, { open, close }] = useDisclosure(false)
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
      Plan a follow-up
    </Button>
  )

  return (
    <>
      <PageHeader
        title="Follow-ups"
        description="Most relationships die after the first meeting. These are the people to get back to."
        actions={people.size > 0 ? addButton : undefined}
      />
      <QueryView query={followUps}>
        {(groups) => {
          if (FOLLOW_UP_GROUPS.every((g) => groups[g].length === 0)) {
            return (
              <EmptyState icon={<IconChecklist aria-hidden />} title="Nothing to follow up" action={people.size > 0 ? addButton : undefined}>
                {people.size === 0
                  ? 'Add the people you meet first; then plan a note, a call or a coffee with each of them.'
                  : 'You are all caught up. Plan the next note, call or coffee so the relationship keeps going.'}
              </EmptyState>
            )
          }
          return (
            <Stack gap="xl">
              {FOLLOW_UP_GROUPS.filter((g) => groups[g].length > 0).map((group) => (
                <Stack key={group} gap="sm">
                  <Title order={2} size="h4">
                    {GROUP_TITLES[group]} <Text span c="dimmed" fw={400}>({groups[group].length})</Text>
                  </Title>
                  {groups[group].map((f) => (
                    <FollowUpRow key={f.id} followUp={f} people={people} group={group} />
                  ))}
                </Stack>
              ))}
            </Stack>
          )
        }}
      </QueryView>
      <Modal opened={adding} onClose={close} title="Plan a follow-up" size="lg">
        <FollowUpCreateForm people={[...people.values()].filter((p) => !p.archived)} onCreated={close} />
      </Modal>
    </>
  )
}
