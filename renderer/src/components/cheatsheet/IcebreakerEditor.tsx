import { ActionIcon, Badge, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import type { Icebreaker } from '../../../../shared/domain'
import { LIMITS } from '../../../../shared/domain/limits'
import { useWrite } from '../../api/mutations/useWrite'

const MAX_QUESTION = LIMITS.shortText

/** A message for a question that cannot be saved, or undefined when it can. */
export function questionProblem(question: string, emptyMessage: string): string | undefined {
  if (!question.trim()) return emptyMessage
  if (question.trim().length > MAX_QUESTION) return `Keep the question under ${MAX_QUESTION} characters (it has ${question.trim().length}).`
  return undefined
}

/** The question field, for the service to put its refusal at. */
const questionField = (question: string | undefined, setError: (message: string) => void) => ({
  values: { question },
  setFieldError: (_field: string, message: string) => setError(message),
})

function AddIcebreaker() {
  const { write } = useWrite()
  const [question, setQuestion] = useState('')
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = questionProblem(question, 'Write the question you want to ask, then add it.')
    setError(problem)
    if (problem) return
    setSaving(true)
    const added = await write((kith) => kith.icebreakers.create({ question: question.trim() }), {
      failure: 'Could not add the question',
      form: questionField(question, setError),
      done: 'Question added: it appears on your next cheat sheet.',
    })
    setSaving(false)
    if (added) setQuestion('')
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add your own icebreaker">
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Add your own question"
          placeholder="Who would be a great introduction for you?"
          value={question}
          onChange={(event) => setQuestion(event.currentTarget.value)}
          error={error}
          style={{ flex: 1 }}
        />
        <Button type="submit" mt={25} loading={saving} leftSection={<IconPlus size={16} aria-hidden />}>
          Add
        </Button>
      </Group>
    </form>
  )
}

function IcebreakerRow({ icebreaker }: { icebreaker: Icebreaker }) {
  const { write } = useWrite()
  const [draft, setDraft] = useState<string>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  const update = async (patch: { question?: string; hidden?: boolean }, done: string) => {
    setSaving(true)
    const changed = await write((kith) => kith.icebreakers.update({ id: icebreaker.id, patch }), {
      failure: 'Could not change the question',
      form: questionField(draft, setError),
      done,
    })
    setSaving(false)
    if (changed) setDraft(undefined)
  }

  const saveWording = (event: FormEvent) => {
    event.preventDefault()
    const problem = questionProblem(draft ?? '', 'Write the question, or hide it instead of emptying it.')
    setError(problem)
    if (!problem) void update({ question: (draft ?? '').trim() }, 'Question reworded.')
  }

  if (draft !== undefined) {
    return (
      <form onSubmit={saveWording} noValidate aria-label={`Reword "${icebreaker.question}"`}>
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Question"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            error={error}
            style={{ flex: 1 }}
            data-autofocus
            autoFocus
          />
          <Button type="submit" mt={25} loading={saving}>
            Save
          </Button>
          <Button
            variant="default"
            mt={25}
            onClick={() => {
              setDraft(undefined)
              setError(undefined)
            }}
          >
            Cancel
          </Button>
        </Group>
      </form>
    )
  }

  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Switch
        checked={!icebreaker.hidden}
        disabled={saving}
        aria-label={`Show "${icebreaker.question}" on cheat sheets`}
        onChange={(event) =>
          void update(
            { hidden: !event.currentTarget.checked },
            event.currentTarget.checked ? 'Question shown on cheat sheets.' : 'Question hidden from cheat sheets.',
          )
        }
      />
      <Text style={{ flex: 1 }} c={icebreaker.hidden ? 'dimmed' : undefined} td={icebreaker.hidden ? 'line-through' : undefined}>
        {icebreaker.question}
      </Text>
      {icebreaker.builtIn ? (
        <Badge variant="light" color="gray">
          Built in
        </Badge>
      ) : (
        <Badge variant="light">Mine</Badge>
      )}
      <ActionIcon variant="subtle" aria-label={`Reword "${icebreaker.question}"`} onClick={() => setDraft(icebreaker.question)}>
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
    </Group>
  )
}

/** The questions behind every cheat sheet: reword, hide, or add my own. Ids never change, so stored answers stay attached. */
export function IcebreakerEditor({ icebreakers }: { icebreakers: Icebreaker[] }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Switch a question off to keep it off your sheets; answers you stored stay on the people. The speaker question only appears for events with a featured
        speaker.
      </Text>
      {icebreakers.map((icebreaker) => (
        <IcebreakerRow key={icebreaker.id} icebreaker={icebreaker} />
      ))}
      <AddIcebreaker />
    </Stack>
  )
}
