import { Alert, Anchor, List, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import type { NetworkEvent, Person } from '../../../shared/domain'
import { BUILT_IN_ICEBREAKERS } from '../../../shared/domain/icebreakers'
import { useKithQuery } from '../api/KithContext'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { usePeopleIndex } from '../components/usePeopleIndex'
import { formatWhen } from '../lib/format'

function AttendeeCard({ person }: { person: Person }) {
  const lastAnswers = person.learned.slice(-2)
  return (
    <Section title={person.name}>
      <Text size="sm" c="dimmed">
        {[person.role, person.company].filter(Boolean).join(' at ') || 'No company or role recorded'}
      </Text>
      {lastAnswers.length > 0 && (
        <Text size="sm" mt="xs">
          Last time: {lastAnswers.map((a) => a.answer).join('; ')}
        </Text>
      )}
    </Section>
  )
}

function CheatSheet({ event }: { event: NetworkEvent }) {
  const people = usePeopleIndex()
  const attendees = event.expectedAttendeeIds.map((id) => people.get(id)).filter((p): p is Person => Boolean(p))
  return (
    <>
      <PageHeader title={`Cheat sheet: ${event.title}`} description={[formatWhen(event.startsAt), event.venue].filter(Boolean).join(' · ')} />
      <Alert icon={<IconInfoCircle aria-hidden />} mb="lg" title="A first version">
        This page lists who you expect and what you last learned about them. A printable sheet with talking points per person and your own
        prepared answers is on its way.
      </Alert>
      <Stack gap="lg">
        <Section title="Icebreakers to ask">
          <List spacing={4}>
            {BUILT_IN_ICEBREAKERS.map((ib) => (
              <List.Item key={ib.id}>{ib.question}</List.Item>
            ))}
          </List>
        </Section>
        {attendees.length === 0 ? (
          <Text c="dimmed">No expected attendees yet, so there is nobody to prepare for.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {attendees.map((person) => (
              <AttendeeCard key={person.id} person={person} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </>
  )
}

export function CheatSheetPage() {
  const { id = '' } = useParams()
  const event = useKithQuery((kith) => kith.events.get({ id }), id)
  return (
    <>
      <Anchor component={Link} to={`/events/${id}`} size="sm" mb="xs" display="inline-block">
        ← Back to the event
      </Anchor>
      <QueryView query={event}>{(e) => <CheatSheet event={e} />}</QueryView>
    </>
  )
}
