import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy, IconDownload, IconFileDiff, IconLock } from '@tabler/icons-react'
import type { JournalStatus } from '../../../shared/api/contract'
import { useKith } from '../api/KithContext'
import { notifyError, notifySaved } from './notify'
import { downloadJournal } from './safekeeping/downloadJournal'

/**
 * Problems with the journal file stay in view on every page while they last.
 * (A damaged journal has its own screen before the app: see RecoveryPage.)
 */
export function StatusBanners({ status }: { status: JournalStatus }) {
  if (!status.saveError && !status.readOnly && !status.outsideChange) return null
  return (
    <Stack gap="sm" mb="lg">
      {status.outsideChange && (
        <Alert color="orange" variant="light" icon={<IconFileDiff aria-hidden />} title="Your journal was changed outside Kith" role="status">
          {status.outsideChange}
        </Alert>
      )}
      {status.saveError && <SaveErrorBanner saveError={status.saveError} />}
      {status.readOnly && (
        <Alert
          color="yellow"
          icon={<IconLock aria-hidden />}
          title={status.recovery?.kind === 'read-only' ? 'Read-only: Kith cannot write this journal' : 'Read-only: written by a newer Kith'}
          role="status"
        >
          {status.recovery?.kind === 'newer' || status.recovery?.kind === 'read-only'
            ? status.recovery.message
            : `A newer version of Kith wrote this journal (${status.path}), so this version opens it read-only: you can look around, but nothing you change will be saved. Update Kith to edit it.`}
        </Alert>
      )}
    </Stack>
  )
}

function SaveErrorBanner({ saveError }: { saveError: string }) {
  const kith = useKith()
  const exportCopy = () =>
    downloadJournal(kith)
      .then((fileName) => notifySaved(`Exported ${fileName}.`))
      .catch((error: unknown) => notifyError('Could not export the journal', error))
  return (
    <Alert color="red" variant="light" icon={<IconDeviceFloppy aria-hidden />} title="Kith could not save your latest changes" role="alert">
      <Text size="sm">{saveError}</Text>
      <Text size="sm" mt={6}>
        Keep Kith open: nothing is lost while it runs. Free some disk space, check the folder's permissions or reconnect the drive, and Kith saves everything
        with your next change. To be safe now, export a copy.
      </Text>
      <Button mt="sm" size="compact-sm" variant="light" color="red" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportCopy()}>
        Export a copy of the journal
      </Button>
    </Alert>
  )
}
