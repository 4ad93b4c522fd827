import { Badge, Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { MISSING_LABELS, type NewPerson } from '../../../../shared/derive/review/steps'
import type { Person } from '../../../../shared/domain'
import { formatDate } from '../../lib/format'
import { LearnedForm } from './LearnedForm'
import { StepEmpty, StepItem } from './StepList'
import { daysFromNow } from './reviewSteps'
import { useReviewAction } from './useReviewAction'

export const CADENCE_CHOICES = [
  { value: '14', label: 'Every 2 weeks' },
  { value: '30', label: 'Every month' },
  { value: '60', label: 'Every 2 months' },
  { value: '90', label: 'Every quarter' },
]

function TagInput({ person, onTag }: { person: NewPerson; onTag: (tag: string) => Promise<boolean> }) {
  const [tag, setTag] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    const trimmed = tag.trim()
    if (!trimmed) return setError('Type a tag first, e.g. "leads-group"')
    if (trimmed.length > 60) return setError('A tag can be at most 60 characters')
    setError(null)
    if (await onTag(trimmed)) setTag('')
  }
  return (
    <TextInput
      size="xs"
      w={200}
      aria-label={`Tag for ${person.name}`}
      placeholder="Add a tag, press Enter"
      value={tag}
      error={error}
      onChange={(event) => setTag(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          void submit()
        }
      }}
      rightSectionWidth={44}
      rightSection={
        <Button size="compact-xs" variant="subtle" onClick={() => void submit()}>
          Add
        </Button>
      }
    />
  )
}

function NewPersonItem({ person, record }: { person: NewPerson; record?: Person }) {
  const { running, run } = useReviewAction()
  const [learning, setLearning] = useState(false)
  const hasFollowUp = !person.missing.includes('follow-up')
  return (
    <StepItem
      label={person.name}
      title={person.name}
      to={`/people/${person.personId}`}
      meta={
        <Stack gap={4}>
          <span>
            {[person.company, `met ${formatDate(person.firstMet)}`].filter(Boolean).join(' · ')}
            {record?.tags.length ? ` · tags: ${record.tags.join(', ')}` : ''}
          </span>
          {person.missing.length > 0 && (
            <Group gap={4}>
              {person.missing.map((m) => (
                <Badge key={m} size="sm" variant="light" color="orange">
                  {MISSING_LABELS[m]}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      }
    >
      <Button
        size="xs"
        variant={hasFollowUp ? 'default' : 'filled'}
        loading={running === 'follow-up'}
        onClick={() =>
          void run(
            'follow-up',
            (kith) => kith.followups.create({ personId: person.personId, dueAt: daysFromNow(3), note: `Follow up with ${person.name}` }),
            `Follow-up with ${person.name} in 3 days.`,
            'Could not schedule the follow-up',
          )
        }
      >
        {hasFollowUp ? 'Another follow-up in 3 days' : 'Follow up in 3 days'}
      </Button>
      <Select
        size="xs"
        w={150}
        aria-label={`Cadence for ${person.name}`}
        placeholder="Set a cadence"
        data={CADENCE_CHOICES}
        value={record?.cadenceDays ? String(record.cadenceDays) : null}
        disabled={running === 'cadence'}
        onChange={(value) =>
          value &&
          void run(
            'cadence',
            (kith) => kith.people.update({ id: person.personId, patch: { cadenceDays: Number(value) } }),
            `Kith will remind you to keep in touch with ${person.name} every ${value} days.`,
            'Could not set the cadence',
          )
        }
      />
      <TagInput
        person={person}
        onTag={(tag) =>
          run(
            'tag',
            (kith) => kith.people.update({ id: person.personId, patch: { tags: [...new Set([...(record?.tags ?? []), tag])] } }),
            `Tagged ${person.name} "${tag}".`,
            'Could not add the tag',
          )
        }
      />
      <Button size="xs" variant="default" onClick={() => setLearning((open) => !open)} aria-expanded={learning}>
        Note what you learned
      </Button>
      {learning && <LearnedForm personId={person.personId} name={person.name} onSaved={() => setLearning(false)} />}
    </StepItem>
  )
}

export function NewPeopleStep({ people, records }: { people: NewPerson[]; records: Map<string, Person> }) {
  if (!people.length) {
    return (
      <StepEmpty icon={<IconUserPlus aria-hidden />} title="Nobody new this week">
        When you add someone you met (with the date or event where you met), they appear here so you can follow up while the meeting is fresh. Most
        relationships are lost right after the first hello.
      </StepEmpty>
    )
  }
  return (
    <Stack gap="sm">
      {people.map((person) => (
        <NewPersonItem key={person.personId} person={person} record={records.get(person.personId)} />
      ))}
    </Stack>
  )
}
