import { Button, Group, Stack } from '@mantine/core'
import { Fragment, useState, type ReactNode } from 'react'

/** How many items a long list shows at first, and adds per "Show more": a decade of networking puts thousands in one list. */
export const SHOW_MORE_PAGE = 20

/**
 * The first items of a list in the order given (strongest, most urgent or newest first), and a
 * button for the next ones: the page stays quick and its DOM small however long the list.
 */
export function ShowMoreList<T>({
  items,
  itemKey,
  render,
  noun,
  gap = 'sm',
}: {
  items: readonly T[]
  itemKey: (item: T) => string
  render: (item: T) => ReactNode
  noun: string
  gap?: string
}) {
  const [shown, setShown] = useState(SHOW_MORE_PAGE)
  const left = items.length - shown
  return (
    <Stack gap={gap}>
      {items.slice(0, shown).map((item) => (
        <Fragment key={itemKey(item)}>{render(item)}</Fragment>
      ))}
      {left > 0 && (
        <Group justify="center">
          <Button variant="default" size="xs" onClick={() => setShown((n) => n + SHOW_MORE_PAGE)}>
            Show {Math.min(SHOW_MORE_PAGE, left)} more ({left.toLocaleString()} {noun} not shown)
          </Button>
        </Group>
      )}
    </Stack>
  )
}
