import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { NetworkEvent, Person } from '../../../shared/domain'
import { BUILT_IN_ICEBREAKERS } from '../../../shared/domain/icebreakers'
import { formatDate } from '../lib/format'
import { LinkifiedText } from './LinkifiedText'
import { PersonLink } from './PersonLink'

export function HowWeMet({ person, people, events }: { person: Person; people: Map<string, Person>; events: Map<string, NetworkEvent> }) {
  const met = person.howWeMet
  const event = met.eventId ? events.get(met.eventId) : undefined
  const introducer = (met.introducedById || met.introducedByName) && <PersonLink id={met.introducedById} people={people} fallback={met.introducedByName} />
  if (!met.date && !event && !met.place && !introducer) {
    return <Text c="dimmed">Not recorded yet. Where and when did you first meet?</Text>
  }
  // "Met on Oct 20, 2026 at Chamber mixer (Riverside Hotel), introduced by Noah Williams."
  return (
    <Text>
      Met
      {met.date && ` on ${formatDate(met.date)}`}
      {event && (
        <>
          {' at '}
          <Anchor component={Link} to={`/events/${event.id}`}>
            {event.title}
          </Anchor>
        </>
      )}
      {met.place && (event ? ` (${met.place})` : ` at ${met.place}`)}
      {introducer && <>, introduced by {introducer}</>}.
    </Text>
  )
}

const QUESTIONS = new Map(BUILT_IN_ICEBREAKERS.map((ib) => [ib.id, ib.question]))

export function WhatILearned({ person }: { person: Person }) {
  if (person.learned.length === 0) {
    return <Text c="dimmed">Nothing yet. Next time you talk, ask about their business, their training, or the trends they see.</Text>
  }
  return (
    <Stack gap="sm">
      {person.learned.map((answer) => (
        <div key={answer.icebreakerId + answer.answer}>
          <Text size="sm" c="dimmed">
            {QUESTIONS.get(answer.icebreakerId) ?? 'Icebreaker'}
          </Text>
          <Text>{answer.answer}</Text>
        </div>
      ))}
    </Stack>
  )
}

export function PersonNotes({ person }: { person: Person }) {
  if (person.notes.length === 0) return <Text c="dimmed">No notes yet.</Text>
  return (
    <List spacing="sm" listStyleType="none">
      {person.notes.map((note) => (
        <List.Item key={note.id}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text style={{ flex: 1 }}>
              <LinkifiedText text={note.text} />
            </Text>
            {note.private && (
              <Badge color="gray" variant="outline" size="sm" leftSection={<IconLock size={12} aria-hidden />}>
                Private
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {formatDate(note.createdAt)}
          </Text>
        </List.Item>
      ))}
    </List>
  )
}
