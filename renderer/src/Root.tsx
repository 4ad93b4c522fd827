import { Center } from '@mantine/core'
import { useNavigate } from 'react-router'
import { useKithQuery } from './api/KithContext'
import { QueryView } from './components/QueryView'
import { Shell } from './components/Shell'
import { ThemeFromSettings } from './components/ThemeMenu'
import { AppRoutes } from './AppRoutes'
import { FirstRunPage } from './pages/FirstRunPage'

/** First run until the user picks how to start; then the app with its navigation. */
export function Root() {
  const status = useKithQuery((kith) => kith.journal.status({}), 'status')
  const navigate = useNavigate()
  if (!status.data) {
    return (
      <Center mih="100vh" p="lg">
        <QueryView query={status}>{() => null}</QueryView>
      </Center>
    )
  }
  if (!status.data.onboarded) {
    return (
      <FirstRunPage
        onStarted={() => {
          status.reload()
          void navigate('/timeline')
        }}
      />
    )
  }
  return (
    <Shell status={status.data}>
      <ThemeFromSettings />
      <AppRoutes />
    </Shell>
  )
}
