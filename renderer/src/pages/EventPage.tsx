import { Anchor, Badge, Button, Grid, Group, Stack, Text } from '@mantine/core'
import { IconBolt, IconClipboardText } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import type { NetworkEvent } from '../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { activityQueries } from '../api/queries/activity'
import { eventQueries } from '../api/queries/events'
import { DeleteWithUndo } from '../components/DeleteWithUndo'
import { InteractionList } from '../components/InteractionList'
import { LinkifiedText } from '../components/LinkifiedText'
import { EventEditButton } from '../components/network/EventEditButton'
import { EventGoals } from '../components/network/EventGoals'
import { ExpectedAttendees, PeopleMetThere } from '../components/network/EventNetwork'
import { networkActions } from '../components/network/networkActions'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { formatTimeRange } from '../lib/format'
import { EVENT_KIND_LABELS } from '../lib/labels'
import { countOf } from '../lib/plural'

function EventDetails({ event }: { event: NetworkEvent }) {
  const people = usePeopleIndex()
  const interactions = useQuery(activityQueries.interactions())
  const here = (interactions.data ?? []).filter((i) => i.eventId === event.id)
  const when = formatTimeRange(event.startsAt, event.endsAt)
  const metHere = [...people.values()].filter((p) => p.howWeMet.eventId === event.id).length
  const touches = [
    metHere > 0 && `${countOf(metHere, 'person', 'people')} met there keep the day you met; “met at” shows the event's name, without a link.`,
    here.length > 0 && `${countOf(here.length, 'conversation', 'conversations')} logged at it keep their date, no longer tied to the event.`,
  ].filter((line): line is string => Boolean(line))

  return (
    <>
      <PageHeader
        title={event.title}
        description={[when, event.venue].filter(Boolean).join(' · ')}
        actions={
          <>
            <Button leftSection={<IconBolt size={18} aria-hidden />} onClick={() => networkActions.quickCapture(event.id)}>
              Quick capture
            </Button>
            <Button component={Link} to={`/events/${event.id}/cheat-sheet`} variant="light" leftSection={<IconClipboardText size={18} aria-hidden />}>
              Cheat sheet
            </Button>
            <EventEditButton event={event} />
            <DeleteWithUndo kind="event" id={event.id} label={event.title} leaveTo="/events" touches={touches} />
          </>
        }
      />
      <Group gap={6} mb="lg">
        <Badge variant="light">{EVENT_KIND_LABELS[event.kind]}</Badge>
        {event.featuredSpeaker && <Badge variant="outline">Speaker: {event.featuredSpeaker}</Badge>}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <PeopleMetThere event={event} people={people} />
            <ExpectedAttendees event={event} people={people} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <EventGoals event={event} />
            {event.notes && (
              <Section title="Notes">
                <Text>
                  <LinkifiedText text={event.notes} />
                </Text>
              </Section>
            )}
            <Section title="What happened here">
              {here.length === 0 ? (
                <Text c="dimmed">No interactions recorded at this event yet.</Text>
              ) : (
                <InteractionList interactions={here} people={people} />
              )}
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}

export function EventPage() {
  const { id = '' } = useParams()
  const event = useQuery(eventQueries.detail(id))
  return (
    <>
      <Anchor component={Link} to="/events" size="sm" mb="xs" display="inline-block">
        ← All events
      </Anchor>
      <QueryView query={event}>{(e) => <EventDetails event={e} />}</QueryView>
    </>
  )
}
