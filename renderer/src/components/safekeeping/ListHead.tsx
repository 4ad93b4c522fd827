import { Table, VisuallyHidden } from '@mantine/core'

/** The head of a safekeeping list: its columns, then a last one for each row's buttons, named for screen readers. */
export function ListHead({ columns }: { columns: string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
        <Table.Th>
          <VisuallyHidden>Actions</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  )
}
