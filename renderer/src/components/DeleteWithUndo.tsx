import { ActionIcon, Button, Group, List, Modal, Stack, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { TrashItem } from '../../../shared/api/safekeeping'
import type { TrashKind } from '../../../shared/domain'
import type { KithApi } from '../../../shared/api/kithApi'
import { useWrite } from '../api/mutations/useWrite'

const DELETE: Record<TrashKind, (kith: KithApi, id: string) => Promise<TrashItem>> = {
  person: (kith, id) => kith.people.delete({ id }),
  event: (kith, id) => kith.events.delete({ id }),
  interaction: (kith, id) => kith.interactions.delete({ id }),
  referral: (kith, id) => kith.referrals.delete({ id }),
}

const WHAT: Record<TrashKind, string> = { person: 'person', event: 'event', interaction: 'interaction', referral: 'referral' }

type Props = {
  kind: TrashKind
  id: string
  /** What the user calls it ("Dana Reyes"), for the button's label. */
  label: string
  /** Where to go once it is gone, e.g. "/people" from the deleted person's own page. */
  leaveTo?: string
  /** A small trash icon for lines in a list, instead of a full button. */
  compact?: boolean
  /** What else the delete changes, one line each; when there is any, the user confirms first. */
  touches?: string[]
}

/**
 * Deleting moves the record to the trash; the notification's Undo puts it back, and Settings
 * keeps it for 30 days. A delete that changes other records says which first and asks.
 */
export function DeleteWithUndo({ kind, id, label, leaveTo, compact, touches = [] }: Props) {
  const { write } = useWrite()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState(false)
  // With `leaveTo`, the delete waits until this page has gone: a page still showing the record
  // would reload it on the journal's change event and fail to find it.
  const deleteOnLeave = useRef<() => void>(undefined)
  useEffect(() => () => deleteOnLeave.current?.(), [])

  const undo = async (item: TrashItem, notificationId: string) => {
    notifications.hide(notificationId)
    await write((kith) => kith.trash.restore({ id: item.id }), { failure: `Could not restore ${item.label}`, done: `Restored ${item.label}.` })
  }

  const remove = async () => {
    setBusy(true)
    const item = await write((kith) => DELETE[kind](kith, id), { failure: `Could not delete ${label}` })
    setBusy(false)
    // It is still there: back to its page.
    if (!item) return void (leaveTo && navigate(pathname))
    const notificationId = `deleted-${item.id}`
    notifications.show({
      id: notificationId,
      color: 'gray',
      autoClose: 10_000,
      message: (
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Text size="sm">Deleted {item.label}.</Text>
          <Button size="compact-sm" variant="light" onClick={() => void undo(item, notificationId)}>
            Undo
          </Button>
        </Group>
      ),
    })
  }

  const go = () => {
    setConfirming(false)
    if (!leaveTo || leaveTo === pathname) return void remove()
    deleteOnLeave.current = () => void remove()
    void navigate(leaveTo)
  }
  const onClick = () => (touches.length > 0 ? setConfirming(true) : go())

  const confirmation = (
    <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Delete ${label}?`} size="md">
      <Stack gap="sm">
        <Text size="sm">Deleting this {WHAT[kind]} also changes:</Text>
        <List size="sm" spacing={4}>
          {touches.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Undo, or the trash in Settings for 30 days, puts everything back as it was.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button color="red" onClick={go}>
            Delete {WHAT[kind]}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )

  const name = `Delete ${WHAT[kind]}: ${label}`
  if (compact) {
    return (
      <>
        <Tooltip label={`Delete this ${WHAT[kind]}`} withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={name} loading={busy} onClick={onClick}>
            <IconTrash size={14} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {confirmation}
      </>
    )
  }
  return (
    <>
      <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} aria-label={name} loading={busy} onClick={onClick}>
        Delete
      </Button>
      {confirmation}
    </>
  )
}
