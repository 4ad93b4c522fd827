import { Alert, Button, Center, Loader } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { KithQuery } from '../api/KithContext'

/** Loading, failed (with what to do), or the data: the three states every page has. */
export function QueryView<T>({ query, children }: { query: KithQuery<T>; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>
  if (query.error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Kith could not load this page">
        {query.error.message}{' '}
        <Button variant="subtle" color="red" size="compact-sm" onClick={query.reload}>
          Try again
        </Button>
      </Alert>
    )
  }
  return (
    <Center py="xl">
      <Loader aria-label="Loading" />
    </Center>
  )
}
