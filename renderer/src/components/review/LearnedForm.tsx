import { Button, Group, Paper, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { journalQueries } from '../../api/queries/journal'
import { useReviewAction } from './useReviewAction'

const GENERAL_NOTE = 'general-note'
const SUMMARY_MAX = 500

/**
 * What you learned about someone: their answer to one of your icebreakers (stored on the
 * person, so the next cheat sheet can say "last time: …"), or a plain private note.
 */
export function LearnedForm({ personId, name, onSaved }: { personId: string; name: string; onSaved: () => void }) {
  const icebreakers = useQuery(journalQueries.icebreakers())
  const [question, setQuestion] = useState<string>(GENERAL_NOTE)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const { running, run } = useReviewAction()

  const save = async () => {
    const trimmed = text.trim()
    if (!trimmed) return setError(`Write what you learned about ${name}, e.g. "expanding into Ohio"`)
    if (question === GENERAL_NOTE && trimmed.length > SUMMARY_MAX) return setError(`Keep a note to ${SUMMARY_MAX} characters, or pick a question to answer`)
    setError(null)
    const saved = await run(
      'learned',
      (kith) =>
        question === GENERAL_NOTE
          ? kith.interactions.create({ date: new Date().toISOString(), kind: 'note', personIds: [personId], summary: trimmed })
          : kith.people.answer({ personId, icebreakerId: question, answer: trimmed }),
      `Noted what you learned about ${name}.`,
      'Could not save what you learned',
    )
    if (saved) onSaved()
  }

  const choices = [
    { value: GENERAL_NOTE, label: 'A note about them' },
    ...(icebreakers.data ?? []).filter((ib) => !ib.hidden).map((ib) => ({ value: ib.id, label: ib.question })),
  ]
  return (
    <Paper withBorder p="sm" radius="md" w="100%" aria-label={`What you learned about ${name}`} role="group">
      <Stack gap="xs">
        <Select size="xs" label="About" data={choices} value={question} onChange={(value) => setQuestion(value ?? GENERAL_NOTE)} allowDeselect={false} />
        <Textarea size="xs" label="What you learned" autosize minRows={2} value={text} error={error} onChange={(event) => setText(event.currentTarget.value)} />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="subtle" onClick={onSaved}>
            Cancel
          </Button>
          <Button size="xs" loading={running === 'learned'} onClick={() => void save()}>
            Save what I learned
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
