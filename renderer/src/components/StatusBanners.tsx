import { Alert, Stack } from '@mantine/core'
import { IconLock, IconLifebuoy } from '@tabler/icons-react'
import { useState } from 'react'
import type { JournalStatus } from '../../../shared/api/contract'

/** Problems with the journal file stay in view on every page until the user has read them. */
export function StatusBanners({ status }: { status: JournalStatus }) {
  const [recoveryDismissed, setRecoveryDismissed] = useState(false)
  const showRecovery = status.recovery && !recoveryDismissed
  if (!showRecovery && !status.readOnly) return null
  return (
    <Stack gap="sm" mb="lg">
      {showRecovery && status.recovery && (
        <Alert
          color="orange"
          variant="filled"
          icon={<IconLifebuoy aria-hidden />}
          title="Kith recovered your journal"
          withCloseButton
          closeButtonLabel="Dismiss recovery message"
          onClose={() => setRecoveryDismissed(true)}
          role="alert"
        >
          {status.recovery.message}
          {status.recovery.movedTo && ` The unreadable file was kept at ${status.recovery.movedTo}.`}
        </Alert>
      )}
      {status.readOnly && (
        <Alert color="yellow" icon={<IconLock aria-hidden />} title="Read-only" role="status">
          A newer version of Kith wrote this journal ({status.path}), so this version opens it read-only: you can look around, but
          nothing you change will be saved. Update Kith to edit it.
        </Alert>
      )}
    </Stack>
  )
}
