import { Button, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChecklist, IconPlus } from '@tabler/icons-react'
import { useMemo, type ReactNode } from 'react'
import type { FollowUp, Person } from '../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { followUpQueries } from '../api/queries/followups'
import { EmptyState } from '../components/EmptyState'
import { FollowUpForm } from '../components/followups/FollowUpForm'
import { FollowUpItem } from '../components/followups/FollowUpItem'
import { GoingCold } from '../components/followups/GoingCold'
import { useNow } from '../components/followups/useNow'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { usePeopleIndex, usePersonLabel } from '../components/usePeopleIndex'
import { FOLLOW_UP_GROUPS, groupFollowUps, type FollowUpGroup } from '../lib/followUpGroups'
import { FormModal } from '../components/FormModal'
import { userWeekOptions } from '../components/review/reviewSteps'

const GROUP_TITLES: Record<FollowUpGroup, string> = { overdue: 'Overdue', today: 'Today', 'this week': 'This week', later: 'Later' }

function FollowUpGroups({ followUps, people, now, addButton }: { followUps: FollowUp[]; people: Map<string, Person>; now: Date; addButton?: ReactNode }) {
  const week = useMemo(() => userWeekOptions(), [])
  const groups = groupFollowUps(followUps, now, week)
  const label = usePersonLabel(people)
  if (FOLLOW_UP_GROUPS.every((g) => groups[g].length === 0)) {
    return (
      <EmptyState icon={<IconChecklist aria-hidden />} title="Nothing to follow up" action={addButton}>
        {people.size === 0
          ? 'Add the people you meet first; then plan a note, a call or a coffee with each of them.'
          : 'You are all caught up. Plan the next note, call or coffee so the relationship keeps going.'}
      </EmptyState>
    )
  }
  return (
    <Stack gap="xl">
      {FOLLOW_UP_GROUPS.filter((g) => groups[g].length > 0).map((group) => (
        <Stack key={group} gap="sm" component="section" aria-labelledby={`followups-${group.replace(' ', '-')}`} data-group={group}>
          <Title order={2} size="h4" id={`followups-${group.replace(' ', '-')}`}>
            {GROUP_TITLES[group]}{' '}
            <Text span c="dimmed" fw={400}>
              ({groups[group].length})
            </Text>
          </Title>
          {groups[group].map((f) => (
            <FollowUpItem key={f.id} followUp={f} people={people} label={label} group={group} now={now} />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}

export function FollowUpsPage() {
  const followUps = useQuery(followUpQueries.list('pending'))
  const people = usePeopleIndex()
  const now = useNow()
  const [adding, { open, close }] = useDisclosure(false)
  const addButton =
    people.size > 0 ? (
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
        Plan a follow-up
      </Button>
    ) : undefined

  return (
    <>
      <PageHeader title="Follow-ups" description="Most relationships die after the first meeting. These are the people to get back to." actions={addButton} />
      <Stack gap="xl">
        <QueryView query={followUps}>{(list) => <FollowUpGroups followUps={list} people={people} now={now} addButton={addButton} />}</QueryView>
        <GoingCold />
      </Stack>
      <FormModal opened={adding} onClose={close} title="Plan a follow-up" size="lg">
        <FollowUpForm people={[...people.values()].filter((p) => !p.archived)} onCreated={close} />
      </FormModal>
    </>
  )
}
