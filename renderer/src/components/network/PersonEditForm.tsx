import { Group, NumberInput, Stack, TagsInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Person } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { notifySaved } from '../notify'
import { blankToUndefined, isFutureDay, todayLocal } from './formHelpers'
import { FormActions } from '../FormActions'
import { useUnsavedGuard } from '../FormModal'

type PersonDraft = {
  name: string
  company: string
  role: string
  industry: string
  emails: string[]
  phones: string[]
  tags: string[]
  metOn: string
  cadenceDays: number | string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Everything known about a person that the user edits by hand; stages are never edited, they are derived. */
export function PersonEditForm({ person, onSaved, onCancel }: { person: Person; onSaved?: (person: Person) => void; onCancel?: () => void }) {
  const { write } = useWrite()
  const form = useForm<PersonDraft>({
    mode: 'controlled',
    initialValues: {
      name: person.name,
      company: person.company ?? '',
      role: person.role ?? '',
      industry: person.industry ?? '',
      emails: person.emails,
      phones: person.phones,
      tags: person.tags,
      metOn: person.howWeMet.date ?? '',
      cadenceDays: person.cadenceDays ?? '',
    },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name: who is this?'),
      metOn: (value) => (value && isFutureDay(value) ? 'The first meeting cannot be in the future: pick today or an earlier day' : null),
      emails: (value) => {
        const bad = value.find((email) => !EMAIL.test(email))
        return bad ? `"${bad}" is not an email address` : null
      },
      cadenceDays: (value) =>
        value === '' || (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 3650) ? null : 'Use a whole number of days from 1 to 3650',
    },
  })
  useUnsavedGuard(form.isDirty())

  const submit = async (draft: PersonDraft) => {
    const updated = await write(
      (kith) =>
        kith.people.update({
          id: person.id,
          patch: {
            name: draft.name.trim(),
            company: blankToUndefined(draft.company),
            role: blankToUndefined(draft.role),
            industry: blankToUndefined(draft.industry),
            emails: draft.emails,
            phones: draft.phones,
            tags: draft.tags,
            // An emptied field clears the day; null says so (undefined would leave it as it was).
            metOn: draft.metOn || null,
            cadenceDays: draft.cadenceDays === '' ? undefined : Number(draft.cadenceDays),
          },
        }),
      { failure: 'Could not save this person', form },
    )
    if (!updated) return
    notifySaved(`${updated.name} was saved.`)
    onSaved?.(updated)
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={`Edit ${person.name}`}>
      <Stack gap="sm">
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput label="Company" {...form.getInputProps('company')} />
          <TextInput label="Role or line of work" {...form.getInputProps('role')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Industry" {...form.getInputProps('industry')} />
          <TextInput label="Met on" type="date" max={todayLocal()} {...form.getInputProps('metOn')} />
        </Group>
        <TagsInput label="Emails" placeholder="Type an email and press Enter" {...form.getInputProps('emails')} />
        <TagsInput label="Phones" placeholder="Type a number and press Enter" {...form.getInputProps('phones')} />
        <TagsInput label="Tags" placeholder="Type a tag and press Enter" {...form.getInputProps('tags')} />
        <NumberInput
          label="Keep in touch every (days)"
          placeholder="Your default cadence"
          min={1}
          max={3650}
          allowDecimal={false}
          {...form.getInputProps('cadenceDays')}
        />
        <FormActions submitting={form.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  )
}
