import { Alert, Button, Center, Loader } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** What a cached read gives a page (a `useQuery` result has all three). */
export type ShownQuery<T> = { data: T | undefined; error: Error | null; refetch: () => unknown }

/** Loading, failed (with what to do), or the data: the three states every page has. */
export function QueryView<T>({ query, children }: { query: ShownQuery<T>; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>
  if (query.error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Kith could not load this page">
        {query.error.message}{' '}
        <Button variant="subtle" color="red" size="compact-sm" onClick={() => void query.refetch()}>
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
