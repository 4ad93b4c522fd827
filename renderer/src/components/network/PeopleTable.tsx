import { Anchor, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconSnowflake } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useLayoutEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { PersonRow } from '../../../../shared/derive/peopleOverview'
import { formatDate } from '../../lib/format'
import { SharedTooltip, TIP } from './SharedTooltip'
import { STAGE_COLORS, STAGE_LABELS } from './stages'

const ROW_HEIGHT = 53

/** A person's tags as chips; a long list is cut so every row keeps one height. */
export function TagChips({ tags, max = 3 }: { tags: string[]; max?: number }) {
  return (
    <Group gap={4} wrap="nowrap">
      {tags.slice(0, max).map((tag) => (
        <Badge key={tag} variant="light" size="sm">
          {tag}
        </Badge>
      ))}
      {tags.length > max && (
        <Text size="xs" c="dimmed">
          +{tags.length - max}
        </Text>
      )}
    </Group>
  )
}

type RowProps = { row: PersonRow; selected: boolean; onToggle: (id: string) => void }

/** Memoised: scrolling or ticking one box leaves the other rows as they are. */
const PersonTableRow = memo(function PersonTableRow({ row, selected, onToggle }: RowProps) {
  return (
    <Table.Tr style={{ height: ROW_HEIGHT }}>
      <Table.Td>
        <Checkbox aria-label={`Select ${row.name}`} checked={selected} onChange={() => onToggle(row.id)} />
      </Table.Td>
      <Table.Td style={{ overflow: 'hidden' }}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/people/${row.id}`} fw={500} truncate>
            {row.name}
          </Anchor>
          {row.archived && (
            <Badge size="xs" color="gray">
              Archived
            </Badge>
          )}
        </Group>
        {row.role && (
          <Text size="xs" c="dimmed" truncate>
            {row.role}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ overflow: 'hidden' }}>
        <Text size="sm" truncate>
          {row.company}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={STAGE_COLORS[row.stage]}>
          {STAGE_LABELS[row.stage]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text size="sm">{formatDate(row.lastContact)}</Text>
          {row.goingCold && (
            <IconSnowflake
              size={16}
              color="var(--mantine-color-blue-filled)"
              role="img"
              aria-label="Going cold"
              {...{ [TIP]: `Going cold: ${row.daysSinceContact} days since you last talked` }}
            />
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <TagChips tags={row.tags} />
      </Table.Td>
    </Table.Tr>
  )
})

/**
 * The people list as a real table whose body only holds the rows in view: spacer rows
 * above and below stand in for the rest, so 5,000 people cost what 30 do.
 */
export function PeopleTable({ rows, selected, onToggle }: { rows: PersonRow[]; selected: string[]; onToggle: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us on scroll
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // A first guess at the viewport (the scroller's height below), so the first render already draws a screenful.
    initialRect: { width: 1000, height: Math.max(320, window.innerHeight - 300) },
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  // The page passes a new function on every render; the rows keep one, so they need not re-render.
  const toggleRef = useRef(onToggle)
  useLayoutEffect(() => {
    toggleRef.current = onToggle
  })
  const toggle = useCallback((id: string) => toggleRef.current(id), [])

  return (
    <div ref={scroller} style={{ height: 'calc(100vh - 300px)', minHeight: 320, overflow: 'auto' }} data-testid="people-scroller">
      <Table highlightOnHover stickyHeader style={{ tableLayout: 'fixed', minWidth: 820 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Select</VisuallyHidden>
            </Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th w={200}>Stage</Table.Th>
            <Table.Th w={150}>Last contact</Table.Th>
            <Table.Th w={220}>Tags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr style={{ height: before }} aria-hidden />}
          {items.map((item) => {
            const row = rows[item.index]!
            return <PersonTableRow key={row.id} row={row} selected={selected.includes(row.id)} onToggle={toggle} />
          })}
          {after > 0 && <tr style={{ height: after }} aria-hidden />}
        </Table.Tbody>
      </Table>
      <SharedTooltip container={scroller} />
    </div>
  )
}
