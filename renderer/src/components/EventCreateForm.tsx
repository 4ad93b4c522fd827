import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { EventKind, NetworkEvent } from '../../../shared/domain'
import { useWrite } from '../api/mutations/useWrite'
import { localToIso } from '../lib/format'
import { EVENT_KIND_LABELS } from '../lib/labels'
import { DateTimeField } from './DateTimeField'
import { useUnsavedGuard } from './FormModal'

type EventDraft = { title: string; kind: EventKind; startsAt: string; endsAt: string; venue: string; featuredSpeaker: string }

const KIND_OPTIONS = Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label }))
const optional = (value: string) => (value.trim() ? value.trim() : undefined)

export function EventCreateForm({ onCreated }: { onCreated?: (event: NetworkEvent) => void }) {
  const { write } = useWrite()
  const form = useForm<EventDraft>({
    mode: 'controlled',
    initialValues: { title: '', kind: 'chamber-mixer', startsAt: '', endsAt: '', venue: '', featuredSpeaker: '' },
    validate: {
      title: (value) => (value.trim() ? null : 'Give the event a title, e.g. "Chamber mixer"'),
      startsAt: (value) => (value ? null : 'When does it start? Type or pick the day and the time'),
      endsAt: (value, draft) => (value && draft.startsAt && localToIso(value) < localToIso(draft.startsAt) ? 'The end must not be before the start' : null),
    },
  })
  useUnsavedGuard(form.isDirty())

  const submit = async (draft: EventDraft) => {
    const event = await write(
      (kith) =>
        kith.events.create({
          title: draft.title.trim(),
          kind: draft.kind,
          startsAt: localToIso(draft.startsAt),
          endsAt: draft.endsAt ? localToIso(draft.endsAt) : undefined,
          venue: optional(draft.venue),
          featuredSpeaker: optional(draft.featuredSpeaker),
        }),
      { failure: 'Could not add this event', form, done: (added) => `${added.title} was added.` },
    )
    if (event) {
      form.reset()
      onCreated?.(event)
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Add an event">
      <Stack gap="sm">
        <TextInput label="Title" placeholder="Downtown chamber mixer" withAsterisk {...form.getInputProps('title')} />
        <Select label="Kind" data={KIND_OPTIONS} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps('kind')} />
        <Group grow align="flex-start">
          <DateTimeField label="Starts" withAsterisk {...form.getInputProps('startsAt')} />
          <DateTimeField label="Ends" description="Optional" {...form.getInputProps('endsAt')} />
        </Group>
        <TextInput label="Venue" placeholder="Riverside Hotel, ballroom" {...form.getInputProps('venue')} />
        <TextInput label="Featured speaker" placeholder="Optional" {...form.getInputProps('featuredSpeaker')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Add event
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
