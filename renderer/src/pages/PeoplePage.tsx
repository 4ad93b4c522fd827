import { Anchor, Badge, Button, Group, Modal, Table, Text, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Person } from '../../../shared/domain'
import { useKithQuery } from '../api/KithContext'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { PersonCreateForm } from '../components/PersonCreateForm'
import { QueryView } from '../components/QueryView'

function matches(person: Person, search: string): boolean {
  const needle = search.trim().toLowerCase()
  if (!needle) return true
  return [person.name, person.company, person.role, ...person.tags].some((field) => field?.toLowerCase().includes(needle))
}

function PeopleTable({ people }: { people: Person[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Tags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
                  {person.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{person.company}</Table.Td>
              <Table.Td>{person.role}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {person.tags.map((tag) => (
                    <Badge key={tag} variant="light" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

export function PeoplePage() {
  const people = useKithQuery((kith) => kith.people.list(), 'people')
  const [adding, { open, close }] = useDisclosure(false)
  const [search, setSearch] = useState('')
  const navigate = useNavigate()
  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
      Add person
    </Button>
  )

  return (
    <>
      <PageHeader title="People" description="Everyone you have met, and what you know about them." actions={addButton} />
      <QueryView query={people}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<IconUsers aria-hidden />} title="No people yet" action={addButton}>
              Add the first person you met, or load the sample journal from Settings to see how Kith works.
            </EmptyState>
          ) : (
            <>
              <Group mb="md" justify="space-between">
                <TextInput
                  aria-label="Search people"
                  placeholder="Search by name, company, role or tag"
                  leftSection={<IconSearch size={16} aria-hidden />}
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  w={360}
                />
                <Text size="sm" c="dimmed">
                  {list.length} {list.length === 1 ? 'person' : 'people'}
                </Text>
              </Group>
              {list.some((p) => matches(p, search)) ? (
                <PeopleTable people={list.filter((p) => matches(p, search))} />
              ) : (
                <Text c="dimmed">Nobody matches “{search}”. Try part of a name, a company or a tag.</Text>
              )}
            </>
          )
        }
      </QueryView>
      <Modal opened={adding} onClose={close} title="Add a person" size="lg">
        <PersonCreateForm
          onCreated={(person) => {
            close()
            void navigate(`/people/${person.id}`)
          }}
        />
      </Modal>
    </>
  )
}
