import { Button, FileButton, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useRef, useState, type DragEvent } from 'react'
import { MAX_IMPORT_BYTES } from '../../../../shared/exchange/detect'
import { formatBytes } from '../../lib/format'
import { IMPORT_ACCEPT } from './importFile'

/** A drop zone with a file button: the button is the keyboard path, dropping a file is the shortcut. */
export function ImportPicker({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false)
  // Cleared after each pick, so choosing the same file again (a second import) still counts.
  const reset = useRef<() => void>(null)
  const over = (event: DragEvent) => {
    event.preventDefault()
    setDragging(true)
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      onDragOver={over}
      onDragEnter={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined }}
      data-dropzone
      data-dragging={dragging || undefined}
    >
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconFileImport size={26} />
        </ThemeIcon>
        <Title order={3} size="h4">
          Bring your contacts in
        </Title>
        <Text size="sm" c="dimmed" maw={560}>
          Drop a file here or choose one: a vCard (.vcf) from your phone, Apple Contacts or Outlook; LinkedIn's Connections.csv; or a Google Contacts CSV. You
          see every row before anything is saved, and the import can be undone.
        </Text>
        <FileButton
          resetRef={reset}
          onChange={(file) => {
            reset.current?.()
            if (file) onFile(file)
          }}
          accept={IMPORT_ACCEPT}
          inputProps={{ 'aria-label': 'Contacts file to import' }}
        >
          {(props) => (
            <Button {...props} leftSection={<IconFileImport size={18} aria-hidden />}>
              Choose a file…
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          .vcf, .csv or .txt, up to {formatBytes(MAX_IMPORT_BYTES)}
        </Text>
      </Stack>
    </Paper>
  )
}
