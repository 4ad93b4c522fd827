import { Button, Code, Group, Stack, Table, Text } from '@mantine/core'
import { IconTool, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { JournalStatus } from '../../../../shared/api/contract'
import type { SetAsideEntry } from '../../../../shared/api/safekeeping'
import { useWrite } from '../../api/mutations/useWrite'
import { ListHead } from './ListHead'

type Props = {
  entries: SetAsideEntry[]
  /** The file beside the journal that keeps every set-aside record whole. */
  file?: string
  onSettled: (status: JournalStatus) => void
}

const nameOf = (entry: SetAsideEntry) => entry.label ?? entry.id ?? `a record in ${entry.list}`

/** Records kept out of the journal, each with what is wrong and a way to mend or drop it. */
export function SetAsideList({ entries, file, onSettled }: Props) {
  const { write } = useWrite()
  const [busy, setBusy] = useState<string>()

  const settle = async (entry: SetAsideEntry, how: 'repair' | 'drop') => {
    setBusy(entry.key)
    const status = await write((kith) => (how === 'repair' ? kith.journal.setAsideRepair({ key: entry.key }) : kith.journal.setAsideDrop({ key: entry.key })), {
      failure: how === 'repair' ? 'Could not mend the record' : 'Could not drop the record',
      done:
        how === 'repair'
          ? `${nameOf(entry)} is back in your journal, without the field that was wrong.`
          : `${nameOf(entry)} was dropped from this list; its file still keeps it.`,
    })
    setBusy(undefined)
    if (status) onSettled(status)
  }

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm">
          <ListHead columns={['Record', 'What is wrong']} />
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {nameOf(entry)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    in {entry.list}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.message}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {entry.repairable && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconTool size={16} aria-hidden />}
                        loading={busy === entry.key}
                        onClick={() => void settle(entry, 'repair')}
                        aria-label={`Mend ${nameOf(entry)}: clear ${entry.field}`}
                      >
                        Clear {entry.field} and keep
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      disabled={busy === entry.key}
                      onClick={() => void settle(entry, 'drop')}
                      aria-label={`Drop ${nameOf(entry)}`}
                    >
                      Drop
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {file && (
        <Text size="sm" c="dimmed">
          Every set-aside record is kept whole in <Code style={{ overflowWrap: 'anywhere' }}>{file}</Code>, whatever you choose here.
        </Text>
      )}
    </Stack>
  )
}
