import { Alert, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { checkImportSize } from '../../../../shared/exchange/detect'
import type { ImportPreview, ImportResult } from '../../../../shared/exchange/api'
import { useKith } from '../../api/KithContext'
import { ImportPicker } from './ImportPicker'
import { ImportPreviewPanel } from './ImportPreviewPanel'
import { ImportProgress, type Work } from './ImportProgress'
import { ImportResultPanel, UndoImportModal, describeResult } from './ImportResultPanel'
import { importNoticeId, showImportedNotice } from './UndoImportNotice'
import { changedChoices, estimateContacts, readFileText, type Choices } from './importFile'
import { useImportProgress } from './useImportProgress'

type Stage =
  | { kind: 'pick'; refusal?: { fileName: string; message: string } }
  | { kind: 'working'; work: Work }
  | { kind: 'preview'; preview: ImportPreview; bytes: number; contacts: number; saving: boolean }
  | { kind: 'done'; fileName: string; result: ImportResult; undone: boolean }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Choose a file, see what it would do, confirm, and undo if it was a mistake. */
export function ImportSection() {
  const kith = useKith()
  const [stage, setStage] = useState<Stage>({ kind: 'pick' })
  const [undoOpen, setUndoOpen] = useState(false)
  const [undoing, setUndoing] = useState(false)
  const { progress, forget } = useImportProgress()

  const refuse = (fileName: string, error: unknown) => setStage({ kind: 'pick', refusal: { fileName, message: messageOf(error) } })

  const previewFile = async (file: File) => {
    try {
      // Checked before reading: a 50 MB file is refused without being read into memory.
      checkImportSize(file.name, file.size)
    } catch (error) {
      return refuse(file.name, error)
    }
    const base = { fileName: file.name, bytes: file.size }
    setStage({ kind: 'working', work: { step: 'reading', ...base, fraction: 0 } })
    try {
      const text = await readFileText(file, (fraction) => setStage({ kind: 'working', work: { step: 'reading', ...base, fraction } }))
      const contacts = estimateContacts(text)
      forget()
      setStage({ kind: 'working', work: { step: 'checking', ...base, contacts } })
      const preview = await kith.import.preview({ fileName: file.name, text })
      setStage({ kind: 'preview', preview, bytes: file.size, contacts: preview.rows.length + preview.errors.length, saving: false })
    } catch (error) {
      refuse(file.name, error)
    }
  }

  const apply = async (preview: ImportPreview, bytes: number, contacts: number, choices: Choices) => {
    forget()
    setStage({ kind: 'preview', preview, bytes, contacts, saving: true })
    try {
      const result = await kith.import.apply({ previewId: preview.previewId, choices: changedChoices(preview.rows, choices) })
      setStage({ kind: 'done', fileName: preview.fileName, result, undone: false })
      const summary = describeResult(result)
      if (result.backupFile) {
        const done = { kind: 'done', fileName: preview.fileName, result, undone: true } as const
        showImportedNotice({
          kith,
          summary,
          fileName: preview.fileName,
          backupFile: result.backupFile,
          onUndone: () => setStage((now) => (now.kind === 'done' && now.result === result ? done : now)),
        })
      } else {
        notifications.show({ color: 'teal', title: `Imported ${preview.fileName}`, message: summary, autoClose: 8_000 })
      }
    } catch (error) {
      setStage({ kind: 'preview', preview, bytes, contacts, saving: false })
      notifications.show({ color: 'red', title: 'The import was not saved', message: messageOf(error), autoClose: 10_000 })
    }
  }

  const undo = async (fileName: string, result: ImportResult) => {
    if (!result.backupFile) return
    setUndoing(true)
    try {
      await kith.backups.restore({ file: result.backupFile })
      notifications.hide(importNoticeId(result.backupFile))
      setStage({ kind: 'done', fileName, result, undone: true })
      setUndoOpen(false)
      notifications.show({ color: 'teal', message: `The import of ${fileName} was undone.`, autoClose: 5_000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not undo the import', message: messageOf(error), autoClose: 10_000 })
    } finally {
      setUndoing(false)
    }
  }

  const again = () => setStage({ kind: 'pick' })

  switch (stage.kind) {
    case 'pick':
      return (
        <Stack gap="md">
          {stage.refusal && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={`Nothing was imported from ${stage.refusal.fileName}`} role="alert">
              {stage.refusal.message}
            </Alert>
          )}
          <ImportPicker onFile={(file) => void previewFile(file)} />
        </Stack>
      )
    case 'working':
      return <ImportProgress work={stage.work} counted={progress} />
    case 'preview':
      return (
        <Stack gap="md">
          {stage.saving && (
            <ImportProgress work={{ step: 'saving', fileName: stage.preview.fileName, bytes: stage.bytes, contacts: stage.contacts }} counted={progress} />
          )}
          <ImportPreviewPanel
            key={stage.preview.previewId}
            preview={stage.preview}
            busy={stage.saving}
            onCancel={again}
            onConfirm={(choices) => void apply(stage.preview, stage.bytes, stage.contacts, choices)}
          />
        </Stack>
      )
    case 'done':
      return (
        <>
          <ImportResultPanel fileName={stage.fileName} result={stage.result} undone={stage.undone} onUndoRequest={() => setUndoOpen(true)} onAnother={again} />
          <UndoImportModal opened={undoOpen} busy={undoing} onClose={() => setUndoOpen(false)} onUndo={() => void undo(stage.fileName, stage.result)} />
        </>
      )
  }
}
