import { ActionIcon, Button, Group, Kbd, NumberInput, Stack, TagsInput, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useState, type KeyboardEvent } from 'react'
import type { Person } from '../../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useWrite } from '../../api/mutations/useWrite'
import { eventQueries } from '../../api/queries/events'
import { localDay } from '../../../../shared/derive/localDay'
import { notifySaved } from '../notify'
import { blankToUndefined, isFutureDay, todayLocal } from './formHelpers'
import { EventPicker } from './PersonPicker'
import { useUnsavedGuard } from '../FormModal'
import { defaultPick, NamesakeChoice, SOMEONE_NEW, useNamesakes } from './NamesakeChoice'

/** `pick`: a namesake's id or SOMEONE_NEW once chosen; empty until then (see `defaultPick`). */
type CaptureRow = { key: number; name: string; company: string; talkedAbout: string; followUpInDays: number | string; pick: string }
type CaptureDraft = { eventId: string | null; metOn: string; tags: string[]; people: CaptureRow[] }

let nextKey = 1
const blankRow = (): CaptureRow => ({ key: nextKey++, name: '', company: '', talkedAbout: '', followUpInDays: 3, pick: '' })
const isBlank = (row: CaptureRow) => !row.name.trim() && !row.company.trim() && !row.talkedAbout.trim()

/**
 * Several people met at one event, typed in a row without touching the mouse: Enter starts
 * the next person, Ctrl+Enter saves everyone at once (all or nothing).
 */
export function QuickCaptureForm({ eventId, onSaved }: { eventId?: string; onSaved?: (people: Person[]) => void }) {
  const { write } = useWrite()
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const events = useQuery(eventQueries.list())
  const form = useForm<CaptureDraft>({
    mode: 'controlled',
    initialValues: { eventId: eventId ?? null, metOn: todayLocal(), tags: [], people: [blankRow()] },
    validate: {
      metOn: (value, draft) =>
        draft.eventId
          ? null
          : !value
            ? 'Pick an event or the day you met'
            : isFutureDay(value)
              ? 'You cannot have met in the future: pick today or earlier'
              : null,
      people: {
        name: (value, draft, path) => {
          const index = Number(path.split('.')[1])
          const row = draft.people[index]!
          if (value.trim()) return null
          if (!isBlank(row)) return 'Enter a name for this person'
          return draft.people.every(isBlank) && index === 0 ? 'Enter the name of at least one person you met' : null
        },
        followUpInDays: (value) => (value === '' || (Number.isInteger(value) && Number(value) >= 0 && Number(value) <= 365) ? null : '0 to 365 days'),
      },
    },
  })
  useUnsavedGuard(form.isDirty())
  const namesakesOf = useNamesakes()
  // Someone whose name is already in the journal: the one there is offered first.
  const pickOf = (row: CaptureRow) => {
    const namesakes = namesakesOf(row.name)
    return namesakes.length ? row.pick || defaultPick(namesakes, row.company) : SOMEONE_NEW
  }

  // With an event picked, "Met on" shows the event's day: the day that is saved.
  const event = form.values.eventId ? events.data?.find((e) => e.id === form.values.eventId) : undefined
  const metOn = event ? localDay(event.startsAt) : form.values.metOn

  useEffect(() => {
    if (focusRow !== null) document.getElementById(`capture-name-${focusRow}`)?.focus()
  }, [focusRow, form.values.people.length])

  const onRowKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    if (index === form.values.people.length - 1) form.insertListItem('people', blankRow())
    setFocusRow(index + 1)
  }

  const submit = async (draft: CaptureDraft) => {
    const rows = draft.people.filter((row) => !isBlank(row))
    const people = await write(
      (kith) =>
        kith.people.capture({
          eventId: draft.eventId ?? undefined,
          metOn: draft.eventId ? undefined : draft.metOn,
          tags: draft.tags.length ? draft.tags : undefined,
          people: rows.map((row) => ({
            name: row.name.trim(),
            personId: pickOf(row) === SOMEONE_NEW ? undefined : pickOf(row),
            company: blankToUndefined(row.company),
            talkedAbout: blankToUndefined(row.talkedAbout),
            followUpInDays: row.followUpInDays === '' || Number(row.followUpInDays) === 0 ? undefined : Number(row.followUpInDays),
          })),
        }),
      { failure: 'Nothing was saved', form },
    )
    if (!people) return
    notifySaved(`${people.length} ${people.length === 1 ? 'person' : 'people'} captured.`)
    form.setValues({ people: [blankRow()] })
    onSaved?.(people)
  }

  // Keyboard-only: a refused field takes the focus, so the user types the fix right away.
  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = Object.keys(errors)[0]
    if (first) form.getInputNode(first)?.focus()
  }

  return (
    <form
      onSubmit={form.onSubmit(submit, focusFirstError)}
      noValidate
      aria-label="Quick capture"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          form.onSubmit(submit, focusFirstError)()
        }
      }}
    >
      <Stack gap="sm">
        <Group grow align="flex-start">
          <EventPicker
            label="Met at"
            placeholder="Pick an event, or leave empty and give a day"
            clearable
            data-autofocus={!eventId || undefined}
            {...form.getInputProps('eventId')}
          />
          <TextInput label="Met on" type="date" max={todayLocal()} disabled={Boolean(form.values.eventId)} {...form.getInputProps('metOn')} value={metOn} />
        </Group>
        <TagsInput label="Tags for everyone" placeholder="Optional" {...form.getInputProps('tags')} />
        {form.values.people.map((row, index) => (
          <Stack key={row.key} gap={4}>
            <Group gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label={`Person ${index + 1}`}>
              <TextInput
                id={`capture-name-${index}`}
                label={index === 0 ? 'Name' : undefined}
                aria-label={`Name of person ${index + 1}`}
                placeholder="Name"
                style={{ flex: 3 }}
                data-autofocus={(eventId && index === 0) || undefined}
                onKeyDown={onRowKey(index)}
                {...form.getInputProps(`people.${index}.name`)}
              />
              <TextInput
                label={index === 0 ? 'Company' : undefined}
                aria-label={`Company of person ${index + 1}`}
                placeholder="Company"
                style={{ flex: 3 }}
                onKeyDown={onRowKey(index)}
                {...form.getInputProps(`people.${index}.company`)}
              />
              <TextInput
                label={index === 0 ? 'What we talked about' : undefined}
                aria-label={`What you talked about with person ${index + 1}`}
                placeholder="One line"
                style={{ flex: 5 }}
                onKeyDown={onRowKey(index)}
                {...form.getInputProps(`people.${index}.talkedAbout`)}
              />
              <NumberInput
                label={index === 0 ? 'Follow up in' : undefined}
                aria-label={`Follow up with person ${index + 1} in days`}
                suffix=" days"
                min={0}
                max={365}
                allowDecimal={false}
                style={{ flex: 2 }}
                onKeyDown={onRowKey(index)}
                {...form.getInputProps(`people.${index}.followUpInDays`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={index === 0 ? 28 : 4}
                aria-label={`Remove person ${index + 1}`}
                disabled={form.values.people.length === 1}
                onClick={() => form.removeListItem('people', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            {namesakesOf(row.name).length > 0 && (
              <NamesakeChoice
                name={row.name}
                namesakes={namesakesOf(row.name)}
                value={pickOf(row)}
                onChange={(pick) => form.setFieldValue(`people.${index}.pick`, pick)}
              />
            )}
          </Stack>
        ))}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd>Enter</Kbd> next person · <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> save everyone
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => form.insertListItem('people', blankRow())}>
              Add a row
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save everyone
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
