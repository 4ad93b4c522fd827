import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import type { TrashItem } from '../../../../shared/api/safekeeping'
import { useWrite } from '../../api/mutations/useWrite'
import { formatDate, formatDateTime } from '../../lib/format'
import { TRASH_KIND_LABELS } from '../safekeeping/describe'

/** Deleted records, newest first, each with the day it goes for good. */
export function TrashList({ items }: { items: TrashItem[] }) {
  const { write } = useWrite()
  const [restoring, setRestoring] = useState<string>()
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The trash is empty. People, events, interactions and referrals you delete wait here for 30 days, so you can bring them back.
      </Text>
    )
  }
  const restore = (item: TrashItem) => {
    setRestoring(item.id)
    void write((kith) => kith.trash.restore({ id: item.id }), { failure: `Could not restore ${item.label}`, done: `Restored ${item.label}.` }).then(() =>
      setRestoring(undefined),
    )
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Group key={item.id} component="li" justify="space-between" wrap="nowrap" gap="md">
          <div style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Badge size="sm" variant="light" color="gray">
                {TRASH_KIND_LABELS[item.kind]}
              </Badge>
              <Text size="sm" fw={500} truncate>
                {item.label}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              Deleted {formatDateTime(item.deletedAt)} · removed for good on {formatDate(item.purgeAt)}
            </Text>
          </div>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRestore size={16} aria-hidden />}
            aria-label={`Restore ${item.label}`}
            loading={restoring === item.id}
            onClick={() => restore(item)}
          >
            Restore
          </Button>
        </Group>
      ))}
    </Stack>
  )
}
