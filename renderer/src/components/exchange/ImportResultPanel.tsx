import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { ImportResult } from '../../../../shared/exchange/api'

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

export function describeResult(result: ImportResult): string {
  const parts = [
    `${plural(result.created, 'new person', 'new people')} added`,
    `${plural(result.merged, 'person', 'people')} updated`,
    `${result.skipped.toLocaleString()} skipped`,
  ]
  if (result.errors > 0) parts.push(`${plural(result.errors, 'row', 'rows')} with errors left out`)
  return `${parts.join(', ')}.`
}

/** Asks before undoing: restoring the backup also drops anything changed since the import. */
export function UndoImportModal({ opened, busy, onClose, onUndo }: { opened: boolean; busy: boolean; onClose: () => void; onUndo: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Undo this import?">
      <Stack gap="md">
        <Text size="sm">
          Kith puts the journal back as it was just before the import, from the backup it took then. Anything you changed since the import is undone too. The
          journal as it is now is backed up first.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Keep the import
          </Button>
          <Button color="red" onClick={onUndo} loading={busy} leftSection={<IconArrowBackUp size={18} aria-hidden />}>
            Undo import
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

export function ImportResultPanel({
  fileName,
  result,
  undone,
  onUndoRequest,
  onAnother,
}: {
  fileName: string
  result: ImportResult
  undone: boolean
  onUndoRequest: () => void
  onAnother: () => void
}) {
  if (undone) {
    return (
      <Alert color="gray" title={`The import of ${fileName} was undone`}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">Your journal is back as it was before the import.</Text>
          <Button variant="default" onClick={onAnother}>
            Import a file
          </Button>
        </Stack>
      </Alert>
    )
  }
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={`Imported ${fileName}`}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm" data-testid="import-result">
          {describeResult(result)}
        </Text>
        {result.backupFile && (
          <Text size="xs" c="dimmed">
            A backup was taken just before: {result.backupFile}
          </Text>
        )}
        <Group gap="sm">
          <Button component={Link} to="/people">
            See your people
          </Button>
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
          {result.backupFile && (
            <Button variant="subtle" color="red" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={onUndoRequest}>
              Undo import
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  )
}
