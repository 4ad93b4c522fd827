import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCalendarEvent, IconCalendarPlus, IconMapPin, IconUsers } from '@tabler/icons-react'
import { Link, useNavigate } from 'react-router'
import type { NetworkEvent } from '../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { eventQueries } from '../api/queries/events'
import { EmptyState } from '../components/EmptyState'
import { EventCreateForm } from '../components/EventCreateForm'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { ShowMoreList } from '../components/ShowMoreList'
import { formatWhen } from '../lib/format'
import { EVENT_KIND_LABELS } from '../lib/labels'
import { FormModal } from '../components/FormModal'

function EventCard({ event }: { event: NetworkEvent }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Anchor component={Link} to={`/events/${event.id}`} fw={600} size="lg">
            {event.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {formatWhen(event.startsAt)}
          </Text>
          <Group gap="md">
            {event.venue && (
              <Group gap={4}>
                <IconMapPin size={14} aria-hidden />
                <Text size="sm">{event.venue}</Text>
              </Group>
            )}
            {event.expectedAttendeeIds.length > 0 && (
              <Group gap={4}>
                <IconUsers size={14} aria-hidden />
                <Text size="sm">{event.expectedAttendeeIds.length} expected</Text>
              </Group>
            )}
          </Group>
        </Stack>
        <Badge variant="light">{EVENT_KIND_LABELS[event.kind]}</Badge>
      </Group>
    </Paper>
  )
}

function EventGroup({ title, events, noun }: { title: string; events: NetworkEvent[]; noun: string }) {
  if (events.length === 0) return null
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <ShowMoreList items={events} itemKey={(event) => event.id} render={(event) => <EventCard event={event} />} noun={noun} />
    </Stack>
  )
}

/** Coming up (soonest first) and past (latest first), as of when the list arrived. */
function byNow(list: NetworkEvent[]) {
  const now = Date.now()
  const ends = (e: NetworkEvent) => Date.parse(e.endsAt ?? e.startsAt)
  const starts = (e: NetworkEvent) => Date.parse(e.startsAt)
  return {
    all: list,
    upcoming: list.filter((e) => ends(e) >= now).sort((a, b) => starts(a) - starts(b)),
    past: list.filter((e) => ends(e) < now).sort((a, b) => starts(b) - starts(a)),
  }
}

export function EventsPage() {
  const events = useQuery({ ...eventQueries.list(), select: byNow })
  const [adding, { open, close }] = useDisclosure(false)
  const navigate = useNavigate()
  const addButton = (
    <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={open}>
      Add event
    </Button>
  )

  return (
    <>
      <PageHeader title="Events" description="Mixers, parties, leads groups and conferences: where relationships start." actions={addButton} />
      <QueryView query={events}>
        {({ all, upcoming, past }) => {
          if (all.length === 0) {
            return (
              <EmptyState icon={<IconCalendarEvent aria-hidden />} title="No events yet" action={addButton}>
                Add the next mixer, leads-group meeting or conference you will attend. Kith will help you prepare and follow up.
              </EmptyState>
            )
          }
          return (
            <Stack gap="xl">
              <EventGroup title="Coming up" events={upcoming} noun="coming up" />
              <EventGroup title="Past" events={past} noun="past events" />
            </Stack>
          )
        }}
      </QueryView>
      <FormModal opened={adding} onClose={close} title="Add an event" size="lg">
        <EventCreateForm
          onCreated={(event) => {
            close()
            void navigate(`/events/${event.id}`)
          }}
        />
      </FormModal>
    </>
  )
}
