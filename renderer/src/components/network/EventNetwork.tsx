import { ActionIcon, Anchor, Button, Group, Stack, Text } from '@mantine/core'
import { IconBolt, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { NetworkEvent, Person } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { Section } from '../Section'
import { networkActions } from './networkActions'
import { PersonPicker } from './PersonPicker'

function PersonLine({ person, id }: { person?: Person; id: string }) {
  return person ? (
    <div style={{ minWidth: 0 }}>
      <Anchor component={Link} to={`/people/${id}`} size="sm">
        {person.name}
      </Anchor>
      {person.company && (
        <Text span size="xs" c="dimmed">
          {' · '}
          {person.company}
        </Text>
      )}
    </div>
  ) : (
    <Text size="sm" c="dimmed">
      Someone no longer in the journal
    </Text>
  )
}

/** Who I expect to see there: add with a name picker, remove with one click. */
export function ExpectedAttendees({ event, people }: { event: NetworkEvent; people: Map<string, Person> }) {
  const { write } = useWrite()
  const [picked, setPicked] = useState<string | null>(null)
  const save = (expectedAttendeeIds: string[]) =>
    write((kith) => kith.events.update({ id: event.id, patch: { expectedAttendeeIds } }), { failure: 'Could not change the expected attendees' })
  const ids = event.expectedAttendeeIds
  return (
    <Section title={`Expected attendees (${ids.length})`}>
      <Stack gap="xs">
        {ids.length === 0 && <Text c="dimmed">Nobody listed yet. Who do you expect to see there?</Text>}
        {ids.map((id) => (
          <Group key={id} justify="space-between" wrap="nowrap">
            <PersonLine id={id} person={people.get(id)} />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove ${people.get(id)?.name ?? 'this person'} from the expected attendees`}
              onClick={() => void save(ids.filter((x) => x !== id))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <PersonPicker
          aria-label="Add an expected attendee"
          placeholder="Add someone you expect there"
          value={picked}
          onChange={(id) => {
            setPicked(null)
            if (id && !ids.includes(id)) void save([...ids, id])
          }}
        />
      </Stack>
    </Section>
  )
}

/** The people I first met at this event, and the way to add more right after it. */
export function PeopleMetThere({ event, people }: { event: NetworkEvent; people: Map<string, Person> }) {
  const met = [...people.values()].filter((p) => p.howWeMet.eventId === event.id && !p.archived).sort((a, b) => a.name.localeCompare(b.name))
  return (
    <Section title={`People met there (${met.length})`}>
      <Stack gap="xs">
        {met.length === 0 && <Text c="dimmed">Nobody recorded yet. Right after the event, capture everyone you met in one go.</Text>}
        {met.map((p) => (
          <PersonLine key={p.id} id={p.id} person={p} />
        ))}
        <Group>
          <Button variant="light" leftSection={<IconBolt size={18} aria-hidden />} onClick={() => networkActions.quickCapture(event.id)}>
            Quick capture people met here
          </Button>
        </Group>
      </Stack>
    </Section>
  )
}
