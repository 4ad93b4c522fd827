import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { KithApi } from '../../../../shared/api/kithApi'

type Props = { kith: KithApi; id: string; summary: string; fileName: string; backupFile: string; onUndone: () => void }

/**
 * The body of the "imported" notification. It carries its own confirmation because the
 * notification outlives the Import page (the user may already be on People).
 */
function UndoImportNotice(props: Props) {
  const { kith, id, summary, fileName, backupFile, onUndone } = props
  const [step, setStep] = useState<'offer' | 'confirm' | 'undoing'>('offer')
  const [problem, setProblem] = useState<string>()
  const undo = async () => {
    setStep('undoing')
    try {
      await kith.backups.restore({ file: backupFile })
      onUndone()
      notifications.update({
        id,
        color: 'gray',
        title: 'Import undone',
        message: `The journal is back as it was before ${fileName} was imported.`,
        autoClose: 5_000,
      })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
      setStep('confirm')
    }
  }
  if (step === 'offer') {
    return (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{summary}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            // Keep the question on screen while the user decides.
            notifications.update({ id, autoClose: false, message: <UndoImportNotice {...props} /> })
            setStep('confirm')
          }}
        >
          Undo import
        </Button>
      </Stack>
    )
  }
  return (
    <Stack gap={6} align="flex-start">
      <Text size="sm">Undo the import? The journal goes back to the backup taken just before it; anything changed since is undone too.</Text>
      {problem && (
        <Text size="sm" c="red">
          {problem}
        </Text>
      )}
      <Group gap="xs">
        <Button size="compact-sm" color="red" loading={step === 'undoing'} onClick={() => void undo()}>
          Yes, undo it
        </Button>
        <Button size="compact-sm" variant="default" disabled={step === 'undoing'} onClick={() => notifications.hide(id)}>
          Keep it
        </Button>
      </Group>
    </Stack>
  )
}

export const importNoticeId = (backupFile: string) => `import-${backupFile}`

/** The success notification after an import, offering to undo it. */
export function showImportedNotice(props: Omit<Props, 'id'>) {
  const id = importNoticeId(props.backupFile)
  notifications.show({ id, color: 'teal', title: `Imported ${props.fileName}`, message: <UndoImportNotice {...props} id={id} />, autoClose: 15_000 })
}
