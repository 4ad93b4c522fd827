import { Anchor, Stack, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Person } from '../../../shared/domain'

/** The people expected at an event, with what helps to recognise them. */
export function AttendeeList({ ids, people }: { ids: string[]; people: Map<string, Person> }) {
  if (ids.length === 0) return <Text c="dimmed">Nobody listed yet. Who do you expect to see there?</Text>
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Company and role</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ids.map((id) => {
            const person = people.get(id)
            return (
              <Table.Tr key={id}>
                <Table.Td>
                  {person ? (
                    <Anchor component={Link} to={`/people/${id}`}>
                      {person.name}
                    </Anchor>
                  ) : (
                    <Text c="dimmed">Someone no longer in the journal</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{person?.company}</Text>
                    <Text size="xs" c="dimmed">
                      {person?.role}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
