import { Button, Group, Menu, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCheck, IconChevronDown, IconMessagePlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { InteractionKind } from '../../../../shared/domain'
import { INTERACTION_KIND_LABELS } from '../../lib/labels'
import { useFollowUpActions } from './useFollowUpActions'

/** What a follow-up usually turns out to be; "met" and "event" belong to events, not to follow-ups. */
const LOGGABLE_KINDS: InteractionKind[] = ['follow-up', 'call', 'email', 'coffee', 'one-to-one', 'note']

type Props = {
  followUpId: string
  note: string
  /** Without a person the conversation has nobody to be logged with. */
  canLog: boolean
  size?: 'xs' | 'sm'
  onDone?: () => void
}

/** Done, or done and log the conversation in the same step. */
export function DoneMenu({ followUpId, note, canLog, size = 'xs', onDone }: Props) {
  const actions = useFollowUpActions()
  const [logging, dialog] = useDisclosure(false)
  const [kind, setKind] = useState<InteractionKind>('follow-up')
  const [summary, setSummary] = useState(note)
  const [error, setError] = useState<string>()

  const finish = async (logInteraction?: { kind: InteractionKind; summary: string }) => {
    if (await actions.done(followUpId, logInteraction)) onDone?.()
  }
  const logAndFinish = async () => {
    if (!summary.trim()) return setError('Say in a few words what you talked about.')
    dialog.close()
    await finish({ kind, summary: summary.trim() })
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size={size}
            variant="light"
            color="teal"
            leftSection={<IconCheck size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={`Done: ${note}`}
          >
            Done
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconCheck size={16} aria-hidden />} onClick={() => void finish()}>
            Mark done
          </Menu.Item>
          <Menu.Item
            leftSection={<IconMessagePlus size={16} aria-hidden />}
            disabled={!canLog}
            onClick={() => {
              setSummary(note)
              setError(undefined)
              dialog.open()
            }}
          >
            Done, and log the conversation…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={logging} onClose={dialog.close} title="Log the conversation" size="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void logAndFinish()
          }}
          noValidate
        >
          <Stack gap="sm">
            <Select
              label="What was it?"
              data={LOGGABLE_KINDS.map((k) => ({ value: k, label: INTERACTION_KIND_LABELS[k] }))}
              value={kind}
              onChange={(value) => value && setKind(value as InteractionKind)}
              allowDeselect={false}
            />
            <TextInput
              label="What you talked about"
              value={summary}
              onChange={(event) => {
                setSummary(event.currentTarget.value)
                setError(undefined)
              }}
              error={error}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button type="submit">Mark done and log it</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
