import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app.css'
import './focus.css'
import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import type { QueryClient } from '@tanstack/react-query'
import type { KithApi } from '../../shared/api/kithApi'
import { KithProvider } from './api/KithContext'
import { Root } from './Root'
import { theme, themeVariables } from './theme'

/** The whole app, loaded by main.tsx once the first screen's calls are on their way. */
export function mountApp(element: HTMLElement, kith: KithApi, client: QueryClient): void {
  createRoot(element).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={themeVariables} defaultColorScheme="auto">
        <KithProvider api={kith} client={client}>
          <HashRouter>
            <Root />
          </HashRouter>
        </KithProvider>
      </MantineProvider>
    </StrictMode>,
  )
}
