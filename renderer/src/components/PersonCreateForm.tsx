import { Alert, Anchor, Button, Group, List, Stack, TagsInput, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { Link } from 'react-router'
import type { Person } from '../../../shared/domain'
import { useWrite } from '../api/mutations/useWrite'
import { useUnsavedGuard } from './FormModal'
import { useNamesakes } from './network/NamesakeChoice'
import { useNameApart } from './usePeopleIndex'

type PersonDraft = { name: string; company: string; role: string; tags: string[]; notes: string }

const blankToUndefined = (value: string) => (value.trim() ? value.trim() : undefined)

export function PersonCreateForm({ onCreated }: { onCreated?: (person: Person) => void }) {
  const { write } = useWrite()
  const form = useForm<PersonDraft>({
    mode: 'controlled',
    initialValues: { name: '', company: '', role: '', tags: [], notes: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name: who did you meet?'),
    },
  })
  useUnsavedGuard(form.isDirty())
  const namesakes = useNamesakes()(form.values.name)
  const label = useNameApart()

  const submit = async (draft: PersonDraft) => {
    const person = await write(
      (kith) =>
        kith.people.create({
          name: draft.name.trim(),
          company: blankToUndefined(draft.company),
          role: blankToUndefined(draft.role),
          tags: draft.tags.length ? draft.tags : undefined,
          notes: blankToUndefined(draft.notes),
        }),
      { failure: 'Could not add this person', form, done: (added) => `${added.name} was added.` },
    )
    if (!person) return
    form.reset()
    onCreated?.(person)
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Add a person">
      <Stack gap="sm">
        <TextInput label="Name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        {namesakes.length > 0 && (
          // The ones already there come first: opening one is the usual answer, adding another the exception.
          <Alert
            color="yellow"
            variant="light"
            p="xs"
            title={`${namesakes.length === 1 ? 'Someone' : `${namesakes.length} people`} by this name already in your journal`}
          >
            <List size="sm" aria-label="Already in your journal">
              {namesakes.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/people/${p.id}`}>
                    {label(p)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput label="Company" placeholder="Whitfield Insurance" {...form.getInputProps('company')} />
          <TextInput label="Role or line of work" placeholder="Commercial insurance broker" {...form.getInputProps('role')} />
        </Group>
        <TagsInput label="Tags" placeholder="Type a tag and press Enter" {...form.getInputProps('tags')} />
        <Textarea label="Notes" placeholder="Where you met, what you talked about" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {namesakes.length > 0 ? `Add another ${form.values.name.trim()}` : 'Add person'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
