import { Alert, Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { CaptureSaved } from '../../../../shared/api/contract'
import type { CaptureProposal } from '../../../../shared/capture/parseCapture'
import { useKith } from '../../api/KithContext'
import { useUnsavedGuard } from '../FormModal'
import { notifyError, notifySaved } from '../notify'
import { captureInput, captureSummary, initialChoices, type CaptureChoices } from './captureChoices'
import { CaptureProposalList } from './CaptureProposalList'

/** How long typing pauses before the note is read again. */
const READ_AFTER_MS = 300

type Reading = { text: string; proposal: CaptureProposal; choices: CaptureChoices }

/**
 * A note typed as you would say it after an event. Kith reads it as you type and proposes
 * the people, the event, the conversation, what you learned and the follow-up; nothing is saved
 * until you confirm with Save or Ctrl/Cmd+Enter.
 */
export function CaptureNoteForm({ onSaved }: { onSaved?: (saved: CaptureSaved) => void }) {
  const kith = useKith()
  const [text, setText] = useState('')
  // In a dialog, Escape asks before dropping a typed note.
  useUnsavedGuard(text.trim().length > 0)
  const [reading, setReading] = useState<Reading | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const asked = useRef(0)

  const read = async (note: string): Promise<Reading | null> => {
    const ask = ++asked.current
    try {
      const proposal = await kith.capture.parse({ text: note, locale: navigator.language })
      // An answer to an older version of the note is dropped.
      if (ask !== asked.current) return null
      const next = { text: note, proposal, choices: initialChoices(proposal) }
      setReading(next)
      setProblem(null)
      return next
    } catch (error) {
      if (ask === asked.current) setProblem(error instanceof Error ? error.message : String(error))
      return null
    }
  }

  useEffect(() => {
    const note = text.trim()
    // A cleared note drops any reading still on its way (the list shows only a reading of the current words).
    if (!note) {
      asked.current++
      return
    }
    const timer = setTimeout(() => void read(note), READ_AFTER_MS)
    return () => clearTimeout(timer)
    // `read` is recreated each render; the note is what decides a new reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text])

  const save = async () => {
    const note = text.trim()
    if (!note || saving) return
    // Ctrl+Enter straight after typing: read the latest words before saving them.
    const current = reading?.text === note ? reading : await read(note)
    if (!current) return
    const input = captureInput(current.proposal, current.choices)
    if (!input.people?.length && !input.followUp) {
      setProblem('Nothing to save yet: name someone you met, or say when to follow up.')
      return
    }
    setSaving(true)
    try {
      const saved = await kith.capture.apply(input)
      notifySaved(`Saved ${captureSummary(input)}.`)
      setText('')
      onSaved?.(saved)
    } catch (error) {
      notifyError('Kith could not save your note', error)
    } finally {
      setSaving(false)
    }
  }

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }

  return (
    <Stack>
      <Textarea
        label="What happened?"
        description="As you would say it: who you met, where, what you learned, when to follow up."
        placeholder="Met Dana Reyes, CPA at Reyes & Co, at the chamber mixer; she's looking for a bookkeeper; follow up Tuesday about the trends article"
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKey}
      />
      {problem && (
        <Alert color="red" role="alert" title="Kith could not read this note">
          {problem}
        </Alert>
      )}
      {reading && reading.text === text.trim() && (
        <CaptureProposalList proposal={reading.proposal} choices={reading.choices} onChange={(choices) => setReading({ ...reading, choices })} />
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> saves what is ticked
        </Text>
        <Button onClick={() => void save()} loading={saving} disabled={!text.trim()}>
          Save
        </Button>
      </Group>
    </Stack>
  )
}
