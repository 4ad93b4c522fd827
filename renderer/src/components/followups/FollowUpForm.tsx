import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Person } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { formatWhen, localToIso } from '../../lib/format'
import { notifySaved } from '../notify'
import { DateTimeField } from '../DateTimeField'
import { DAYS_ERROR, dueInDays, validDays } from './followUpDue'
import { useUnsavedGuard } from '../FormModal'

type When = 'in-days' | 'on-date'
type FollowUpDraft = { personId: string | null; when: When; days: number | string; dueAt: string; note: string }

/** The instant the draft asks for, or undefined while it is incomplete. */
function draftDue(draft: FollowUpDraft): Date | undefined {
  if (draft.when === 'in-days') return validDays(draft.days) ? dueInDays(draft.days) : undefined
  return draft.dueAt ? new Date(localToIso(draft.dueAt)) : undefined
}

/** "Follow up with <person> in N days / on <date>: <note>". */
export function FollowUpForm({ people, onCreated }: { people: Person[]; onCreated?: () => void }) {
  const { write } = useWrite()
  const form = useForm<FollowUpDraft>({
    mode: 'controlled',
    initialValues: { personId: null, when: 'in-days', days: 3, dueAt: '', note: '' },
    validate: {
      personId: (value) => (value ? null : 'Pick who to follow up with.'),
      days: (value, draft) => (draft.when === 'in-days' && !validDays(value) ? DAYS_ERROR : null),
      dueAt: (value, draft) => {
        if (draft.when !== 'on-date') return null
        if (!value) return 'Type or pick the day and time to be reminded.'
        return new Date(localToIso(value)).getTime() <= Date.now() ? 'That time has passed: pick one in the future.' : null
      },
      note: (value) => (value.trim() ? null : 'Say what to do, e.g. "Send the article we talked about".'),
    },
  })
  useUnsavedGuard(form.isDirty())
  const due = draftDue(form.values)

  const submit = async (draft: FollowUpDraft) => {
    const at = draftDue(draft)
    const personId = draft.personId
    if (!personId || !at) return
    const saved = await write((kith) => kith.followups.create({ personId, dueAt: at.toISOString(), note: draft.note.trim() }), {
      failure: 'Could not plan this follow-up',
      form,
    })
    if (!saved) return
    form.reset()
    notifySaved(`Follow-up planned for ${formatWhen(at.toISOString())}.`)
    onCreated?.()
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Plan a follow-up">
      <Stack gap="sm">
        <Select
          label="Follow up with"
          placeholder="Pick a person"
          searchable
          selectFirstOptionOnChange
          withAsterisk
          nothingFoundMessage="Nobody by that name"
          data={people.map((p) => ({ value: p.id, label: p.company ? `${p.name} (${p.company})` : p.name }))}
          {...form.getInputProps('personId')}
        />
        <SegmentedControl
          aria-label="When"
          data={[
            { value: 'in-days', label: 'In a few days' },
            { value: 'on-date', label: 'On a date' },
          ]}
          {...form.getInputProps('when')}
        />
        {form.values.when === 'in-days' ? (
          <NumberInput label="In how many days" min={1} max={365} allowDecimal={false} w={200} {...form.getInputProps('days')} />
        ) : (
          <DateTimeField label="On" withAsterisk w={260} {...form.getInputProps('dueAt')} />
        )}
        <TextInput label="What to do" placeholder="Coffee to talk about the Ohio expansion" withAsterisk {...form.getInputProps('note')} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {due ? `Kith will remind you ${formatWhen(due.toISOString())}.` : ''}
          </Text>
          <Button type="submit" loading={form.submitting}>
            Plan follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
