import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import type { Person } from '../../../shared/domain'
import { KithApiError } from '../../../shared/api/envelope'
import { useKith } from '../api/KithContext'
import { localToIso } from '../lib/format'
import { notifyError, notifySaved } from './notify'

type FollowUpDraft = { personId: string | null; dueAt: string | null; note: string }

export function FollowUpCreateForm({ people, onCreated }: { people: Person[]; onCreated?: () => void }) {
  const kith = useKith()
  const form = useForm<FollowUpDraft>({
    mode: 'controlled',
    initialValues: { personId: null, dueAt: null, note: '' },
    validate: {
      personId: (value) => (value ? null : 'Who is this follow-up with?'),
      dueAt: (value) => (value ? null : 'When should Kith remind you?'),
      note: (value) => (value.trim() ? null : 'Say what to do, e.g. "Send the article we talked about"'),
    },
  })

  const submit = async (draft: FollowUpDraft) => {
    try {
      await kith.followups.create({ personId: draft.personId!, dueAt: localToIso(draft.dueAt!), note: draft.note.trim() })
      form.reset()
      notifySaved('Follow-up planned.')
      onCreated?.()
    } catch (error) {
      if (error instanceof KithApiError && error.field && error.field in form.values) form.setFieldError(error.field, error.message)
      else notifyError('Could not plan this follow-up', error)
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Plan a follow-up">
      <Stack gap="sm">
        <Select
          label="With"
          placeholder="Pick a person"
          searchable
          withAsterisk
          nothingFoundMessage="Nobody by that name"
          data={people.map((p) => ({ value: p.id, label: p.company ? `${p.name} (${p.company})` : p.name }))}
          {...form.getInputProps('personId')}
        />
        <DateTimePicker label="Due" placeholder="Pick date and time" withAsterisk {...form.getInputProps('dueAt')} />
        <TextInput label="What to do" placeholder="Coffee to talk about the Ohio expansion" withAsterisk {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Plan follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
