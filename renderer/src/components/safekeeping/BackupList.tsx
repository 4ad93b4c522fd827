import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import type { JournalStatus } from '../../../../shared/api/contract'
import type { BackupInfo } from '../../../../shared/api/safekeeping'
import { useWrite } from '../../api/mutations/useWrite'
import { ListHead } from './ListHead'
import { formatDateTime } from '../../lib/format'
import { notifySaved } from '../notify'
import { formatBytes } from '../../lib/format'
import { BACKUP_REASON_LABELS, backupLabels, describeCounts } from './describe'

type Props = {
  backups: BackupInfo[]
  /** The backup the journal was recovered from, marked "Open now". */
  openedFile?: string
  /** Read-only journals cannot be replaced, so their backups are listed without a restore button. */
  readOnly?: boolean
  onRestored?: (status: JournalStatus) => void
}

/** Backups newest first, each restorable after a confirmation that says the current journal is kept. */
export function BackupList({ backups, openedFile, readOnly, onRestored }: Props) {
  const { write } = useWrite()
  const [chosen, setChosen] = useState<BackupInfo>()
  const [restoring, setRestoring] = useState(false)
  const labels = useMemo(() => backupLabels(backups), [backups])
  const labelOf = (backup: BackupInfo) => labels.get(backup.file) ?? formatDateTime(backup.takenAt)

  const restore = async (backup: BackupInfo) => {
    setRestoring(true)
    const status = await write((kith) => kith.backups.restore({ file: backup.file }), { failure: 'Could not restore the backup' })
    setRestoring(false)
    if (!status) return
    setChosen(undefined)
    notifySaved(`Restored the backup from ${labelOf(backup)}. The journal as it was just before is now a backup too.`)
    onRestored?.(status)
  }

  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" highlightOnHover>
          <ListHead columns={['Taken', 'Why', 'Holds', 'Size']} />
          <Table.Tbody>
            {backups.map((backup) => (
              <Table.Tr key={backup.file}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {labelOf(backup)}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {backup.file}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{BACKUP_REASON_LABELS[backup.reason]}</Text>
                </Table.Td>
                <Table.Td>
                  {backup.counts ? (
                    <Text size="sm">{describeCounts(backup.counts)}</Text>
                  ) : (
                    <Text size="sm" c="red">
                      Unreadable: {backup.problem ?? 'not a Kith journal'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(backup.sizeBytes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {backup.file === openedFile ? (
                    <Badge variant="light" color="teal">
                      Open now
                    </Badge>
                  ) : (
                    backup.counts &&
                    !readOnly && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconRestore size={16} aria-hidden />}
                        aria-label={`Restore the backup from ${labelOf(backup)}`}
                        onClick={() => setChosen(backup)}
                      >
                        Restore
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Modal opened={chosen !== undefined} onClose={() => setChosen(undefined)} title="Restore this backup?" centered>
        {chosen && (
          <Stack gap="md">
            <Text size="sm">
              Kith will replace the journal you have open with the backup from <b>{labelOf(chosen)}</b>
              {chosen.counts && <> ({describeCounts(chosen.counts)})</>}.
            </Text>
            <Text size="sm">First it backs up the journal as it is now, so nothing is lost: you can come back to it from this list of backups.</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(undefined)} disabled={restoring}>
                Cancel
              </Button>
              <Button onClick={() => void restore(chosen)} loading={restoring}>
                Restore this backup
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
