import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app.css'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { getKith } from './api/getKith'
import { KithProvider } from './api/KithContext'
import { Root } from './Root'
import { theme } from './theme'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <KithProvider api={getKith()}>
        <HashRouter>
          <Root />
        </HashRouter>
      </KithProvider>
    </MantineProvider>
  </StrictMode>,
)
