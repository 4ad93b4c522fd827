import { Group, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { EventKind, NetworkEvent } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { EVENT_KIND_LABELS } from '../../lib/labels'
import { isoToLocal } from '../../lib/format'
import { DateTimeField } from '../DateTimeField'
import { notifySaved } from '../notify'
import { FormActions } from '../FormActions'
import { useUnsavedGuard } from '../FormModal'

type EventDraft = { title: string; kind: EventKind; startsAt: string; endsAt: string; venue: string; featuredSpeaker: string; goals: string; notes: string }

const KIND_OPTIONS = Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label }))

/** Time, venue, speaker, goals and notes of an event, changed in one form. */
export function EventEditForm({ event, onSaved, onCancel }: { event: NetworkEvent; onSaved?: (event: NetworkEvent) => void; onCancel?: () => void }) {
  const { write } = useWrite()
  const form = useForm<EventDraft>({
    mode: 'controlled',
    initialValues: {
      title: event.title,
      kind: event.kind,
      startsAt: isoToLocal(event.startsAt),
      endsAt: isoToLocal(event.endsAt),
      venue: event.venue ?? '',
      featuredSpeaker: event.featuredSpeaker ?? '',
      goals: event.goals ?? '',
      notes: event.notes ?? '',
    },
    validate: {
      title: (value) => (value.trim() ? null : 'Give the event a title, e.g. "Chamber mixer"'),
      startsAt: (value) => (value ? null : 'When does it start?'),
      endsAt: (value, draft) => (value && draft.startsAt && new Date(value) < new Date(draft.startsAt) ? 'The end must not be before the start' : null),
    },
  })
  useUnsavedGuard(form.isDirty())

  const submit = async (draft: EventDraft) => {
    const updated = await write(
      (kith) =>
        kith.events.update({
          id: event.id,
          patch: {
            title: draft.title.trim(),
            kind: draft.kind,
            startsAt: new Date(draft.startsAt).toISOString(),
            ...(draft.endsAt ? { endsAt: new Date(draft.endsAt).toISOString() } : {}),
            venue: draft.venue.trim(),
            featuredSpeaker: draft.featuredSpeaker.trim(),
            goals: draft.goals,
            notes: draft.notes,
          },
        }),
      { failure: 'Could not save this event', form },
    )
    if (!updated) return
    notifySaved(`${updated.title} was saved.`)
    onSaved?.(updated)
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={`Edit ${event.title}`}>
      <Stack gap="sm">
        <TextInput label="Title" withAsterisk data-autofocus {...form.getInputProps('title')} />
        <Select label="Kind" data={KIND_OPTIONS} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps('kind')} />
        <Group grow align="flex-start">
          <DateTimeField label="Starts" withAsterisk {...form.getInputProps('startsAt')} />
          <DateTimeField label="Ends" {...form.getInputProps('endsAt')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Venue" {...form.getInputProps('venue')} />
          <TextInput label="Featured speaker" {...form.getInputProps('featuredSpeaker')} />
        </Group>
        <Textarea label="My goals" placeholder="Who do you want to meet, and why?" autosize minRows={2} {...form.getInputProps('goals')} />
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions submitting={form.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  )
}
