import { Center } from '@mantine/core'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { journalQueries } from './api/queries/journal'
import { QueryView } from './components/QueryView'
import { NoticeArea } from './components/NoticeArea'
import { Shell } from './components/Shell'
import { ThemeFromSettings } from './components/ThemeMenu'
import { AppRoutes } from './AppRoutes'
import { NetworkShortcuts } from './components/network/NetworkShortcuts'
import { ReminderNotifications } from './components/followups/ReminderNotifications'
import { FirstRunPage } from './pages/FirstRunPage'
import { RecoveryPage } from './pages/RecoveryPage'

/** First run until the user picks how to start; then the app with its navigation. */
export function Root() {
  const status = useQuery(journalQueries.status())
  const navigate = useNavigate()
  const [recoveryRead, setRecoveryRead] = useState(false)
  if (!status.data) {
    return (
      <Center mih="100vh" p="lg">
        <QueryView query={status}>{() => null}</QueryView>
      </Center>
    )
  }
  const recovery = status.data.recovery
  // A damaged journal comes first, before first run: its screen explains what Kith opened instead.
  if ((recovery?.kind === 'damaged' || recovery?.kind === 'set-aside') && !recoveryRead) {
    return (
      <>
        <ThemeFromSettings />
        <NoticeArea />
        <RecoveryPage status={{ ...status.data, recovery }} onContinue={() => setRecoveryRead(true)} onRestored={() => void status.refetch()} />
      </>
    )
  }
  if (!status.data.onboarded) {
    return (
      <>
        <NoticeArea />
        <FirstRunPage
          onStarted={() => {
            void status.refetch()
            void navigate('/timeline')
          }}
        />
      </>
    )
  }
  return (
    <Shell status={status.data}>
      <ThemeFromSettings />
      <AppRoutes />
      <NetworkShortcuts />
      <ReminderNotifications />
    </Shell>
  )
}
