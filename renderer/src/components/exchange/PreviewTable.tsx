import { NativeSelect, Stack, Table, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ImportAction, PreviewRow } from '../../../../shared/exchange/importPlan'
import { actionOf, type Choices } from './importFile'

/** Above this many rows only the visible ones are in the page, so 10,000 contacts scroll smoothly. */
export const VIRTUAL_FROM = 200
const ROW_ESTIMATE = 56

const ACTION_LABELS: Record<ImportAction, string> = { new: 'Add as new person', merge: 'Merge into match', skip: 'Skip' }

/** What a row may become: merging needs a match with something to add. */
export function actionsFor(row: PreviewRow): ImportAction[] {
  if (!row.match) return ['new', 'skip']
  return row.adds.length > 0 ? ['merge', 'new', 'skip'] : ['skip', 'new']
}

function MatchCell({ row }: { row: PreviewRow }) {
  if (!row.match)
    return (
      <Text size="sm" c="dimmed">
        Not in your journal
      </Text>
    )
  const where = row.match.fromLine !== undefined ? ` (line ${row.match.fromLine} of this file)` : ''
  return (
    <Text size="sm">
      {row.match.name}
      {where}, same {row.match.by}
    </Text>
  )
}

function PreviewTableRow({
  row,
  action,
  onChoose,
  measure,
  index,
}: {
  row: PreviewRow
  action: ImportAction
  onChoose: (line: number, action: ImportAction) => void
  measure?: (element: HTMLTableRowElement | null) => void
  index?: number
}) {
  return (
    <Table.Tr ref={measure} data-index={index} data-action={action}>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {row.line}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {row.name}
        </Text>
        {row.company && (
          <Text size="xs" c="dimmed">
            {row.company}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={`What to do with ${row.name} (line ${row.line})`}
          value={action}
          onChange={(event) => onChoose(row.line, event.currentTarget.value as ImportAction)}
          data={actionsFor(row).map((value) => ({ value, label: ACTION_LABELS[value] }))}
        />
      </Table.Td>
      <Table.Td>
        <MatchCell row={row} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {action === 'merge' && row.adds.length > 0 && <Text size="sm">Adds {row.adds.join(', ')}</Text>}
          {action === 'skip' && row.match && row.adds.length === 0 && (
            <Text size="sm" c="dimmed">
              Nothing new
            </Text>
          )}
          {row.warnings.map((warning) => (
            <Text key={warning} size="xs" c="orange" className="kith-import-warning">
              {warning}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  )
}

/** Fixed column widths (layout="fixed"): rows rendered a screen at a time must not make the columns jump. */
function Head() {
  return (
    <Table.Thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}>
      <Table.Tr>
        <Table.Th w={64}>Line</Table.Th>
        <Table.Th w="24%">Name</Table.Th>
        <Table.Th w={200}>Action</Table.Th>
        <Table.Th w="22%">Matches</Table.Th>
        <Table.Th>Adds, warnings</Table.Th>
      </Table.Tr>
    </Table.Thead>
  )
}

type TableProps = { rows: PreviewRow[]; choices: Choices; onChoose: (line: number, action: ImportAction) => void }

function VirtualRows({ rows, choices, onChoose }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is used as its docs say; nothing here is memoised by the compiler
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE, overscan: 8 })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div ref={scroller} style={{ maxHeight: 520, overflow: 'auto' }} tabIndex={0} role="region" aria-label="Rows to import">
      <Table verticalSpacing="xs" layout="fixed" aria-rowcount={rows.length + 1}>
        <Head />
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index]!
            return (
              <PreviewTableRow
                key={row.line}
                row={row}
                action={actionOf(row, choices)}
                onChoose={onChoose}
                measure={virtualizer.measureElement}
                index={item.index}
              />
            )
          })}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  )
}

/** One row per contact in the file, with the action the user can change. */
export function PreviewTable(props: TableProps) {
  if (props.rows.length >= VIRTUAL_FROM) return <VirtualRows {...props} />
  return (
    <Table.ScrollContainer minWidth={720} aria-label="Rows to import">
      <Table verticalSpacing="xs" layout="fixed">
        <Head />
        <Table.Tbody>
          {props.rows.map((row) => (
            <PreviewTableRow key={row.line} row={row} action={actionOf(row, props.choices)} onChoose={props.onChoose} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
