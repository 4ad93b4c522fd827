import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Interaction, InteractionKind } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { INTERACTION_KIND_LABELS } from '../../lib/labels'
import { notifySaved } from '../notify'
import { blankToUndefined, dayToIso, isFutureDay, todayLocal } from './formHelpers'
import { EventPicker, PeopleMultiPicker } from './PersonPicker'
import { useUnsavedGuard } from '../FormModal'

type ConversationDraft = { personIds: string[]; kind: InteractionKind; date: string; summary: string; notes: string; eventId: string | null }

const KINDS: InteractionKind[] = ['coffee', 'call', 'email', 'one-to-one', 'follow-up', 'event', 'note']
const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind, label: INTERACTION_KIND_LABELS[kind] }))

/** Log a call, email, coffee or one-to-one with one or more people. */
export function ConversationForm({
  personIds = [],
  eventId,
  onSaved,
}: {
  personIds?: string[]
  eventId?: string
  onSaved?: (interaction: Interaction) => void
}) {
  const { write } = useWrite()
  const form = useForm<ConversationDraft>({
    mode: 'controlled',
    initialValues: { personIds, kind: 'coffee', date: todayLocal(), summary: '', notes: '', eventId: eventId ?? null },
    validate: {
      personIds: (value) => (value.length ? null : 'Pick at least one person you talked with'),
      date: (value) => (!value ? 'When was it?' : isFutureDay(value) ? 'Log conversations that already happened: pick today or an earlier day' : null),
      summary: (value) => (value.trim() ? null : 'One line on what you talked about'),
    },
  })
  useUnsavedGuard(form.isDirty())

  const submit = async (draft: ConversationDraft) => {
    const interaction = await write(
      (kith) =>
        kith.interactions.create({
          personIds: draft.personIds,
          kind: draft.kind,
          date: dayToIso(draft.date),
          summary: draft.summary.trim(),
          notes: blankToUndefined(draft.notes),
          eventId: draft.eventId ?? undefined,
        }),
      { failure: 'Could not log this conversation', form },
    )
    if (!interaction) return
    notifySaved(`${INTERACTION_KIND_LABELS[interaction.kind]} logged.`)
    onSaved?.(interaction)
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Log a conversation">
      <Stack gap="sm">
        <PeopleMultiPicker
          label="With"
          placeholder="Type a name"
          withAsterisk
          data-autofocus={personIds.length === 0 || undefined}
          {...form.getInputProps('personIds')}
        />
        <Group grow align="flex-start">
          <Select label="Kind" data={KIND_OPTIONS} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.getInputProps('kind')} />
          <TextInput label="Date" type="date" max={todayLocal()} withAsterisk {...form.getInputProps('date')} />
        </Group>
        <TextInput
          label="What we talked about"
          placeholder="Coffee at Riverside: her expansion into Ohio"
          withAsterisk
          data-autofocus={personIds.length > 0 || undefined}
          {...form.getInputProps('summary')}
        />
        <EventPicker label="At an event" placeholder="Optional" clearable {...form.getInputProps('eventId')} />
        <Textarea label="Notes" placeholder="Optional" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Log conversation
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
