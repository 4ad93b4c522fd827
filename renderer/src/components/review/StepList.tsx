import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { Fragment, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '../EmptyState'

/** One person or record on a step: who, a line about them, and the one-click actions. */
export function StepItem({ label, title, to, meta, children }: { label: string; title: string; to?: string; meta?: ReactNode; children?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          {to ? (
            <Anchor component={Link} to={to} fw={600}>
              {title}
            </Anchor>
          ) : (
            <Text fw={600}>{title}</Text>
          )}
        </Group>
        {meta && (
          <Text size="sm" c="dimmed" component="div">
            {meta}
          </Text>
        )}
        {children && (
          <Group gap="xs" mt={4}>
            {children}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

/** A step with nothing in it says why, and what would put something there. */
export function StepEmpty({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <EmptyState icon={icon} title={title}>
      {children}
    </EmptyState>
  )
}

/** How many items a step shows at first, and adds per "Show more": a decade of networking can put thousands on one step. */
export const STEP_PAGE = 20

/**
 * The first STEP_PAGE items of a step, strongest or most urgent first (the order given), and a
 * button for the next ones: a review is worked top down, and the page stays quick however long the list.
 */
export function SteppedList<T>({ items, itemKey, render, noun }: { items: readonly T[]; itemKey: (item: T) => string; render: (item: T) => ReactNode; noun: string }) {
  const [shown, setShown] = useState(STEP_PAGE)
  const left = items.length - shown
  return (
    <Stack gap="sm">
      {items.slice(0, shown).map((item) => (
        <Fragment key={itemKey(item)}>{render(item)}</Fragment>
      ))}
      {left > 0 && (
        <Group justify="center">
          <Button variant="default" size="xs" onClick={() => setShown((n) => n + STEP_PAGE)}>
            Show {Math.min(STEP_PAGE, left)} more ({left.toLocaleString()} {noun} not shown)
          </Button>
        </Group>
      )}
    </Stack>
  )
}
