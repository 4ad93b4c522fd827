import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { NetworkEvent } from '../../../../shared/domain'
import { useWrite } from '../../api/mutations/useWrite'
import { Section } from '../Section'

/**
 * "My goals" on an event's page, written right there: "Add goals" opens a field, Ctrl/Cmd+Enter
 * or Save keeps it. Escape leaves only when nothing was typed, so a goal is never lost silently.
 */
export function EventGoals({ event }: { event: NetworkEvent }) {
  const { write, pending } = useWrite()
  const [draft, setDraft] = useState<string>()
  const saved = event.goals ?? ''
  const changed = draft !== undefined && draft.trim() !== saved.trim()

  const save = async () => {
    if (draft === undefined) return
    if (!changed) return setDraft(undefined)
    const updated = await write((kith) => kith.events.update({ id: event.id, patch: { goals: draft.trim() } }), {
      failure: 'Could not save your goals',
      done: 'Goals saved.',
    })
    if (updated) setDraft(undefined)
  }

  return (
    <Section title="My goals">
      {draft === undefined ? (
        <Stack gap="xs" align="flex-start">
          <Text c={saved ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {saved || 'No goals written down. Who do you want to meet, and why?'}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={saved ? <IconPencil size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
            onClick={() => setDraft(saved)}
          >
            {saved ? 'Change goals' : 'Add goals'}
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Textarea
            aria-label="My goals"
            placeholder="Who do you want to meet, and why?"
            description="Ctrl+Enter saves"
            autosize
            minRows={2}
            autoFocus
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault()
                void save()
              } else if (e.key === 'Escape' && !changed) {
                e.preventDefault()
                setDraft(undefined)
              }
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setDraft(undefined)}>
              {changed ? 'Discard' : 'Cancel'}
            </Button>
            <Button size="xs" onClick={() => void save()} loading={pending}>
              Save goals
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  )
}
