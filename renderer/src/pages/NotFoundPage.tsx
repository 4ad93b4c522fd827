import { Button } from '@mantine/core'
import { IconMapQuestion } from '@tabler/icons-react'
import { Link, useLocation } from 'react-router'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'

export function NotFoundPage() {
  const { pathname } = useLocation()
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<IconMapQuestion aria-hidden />}
        title={`Kith has no page at ${pathname}`}
        action={
          <Button component={Link} to="/timeline">
            Go to the timeline
          </Button>
        }
      >
        The link may be old or mistyped. Pick a page from the menu on the left.
      </EmptyState>
    </>
  )
}
