import { Button, Group, List, Modal, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { useQueries } from '@tanstack/react-query'
import { useWrite } from '../../api/mutations/useWrite'
import { peopleQueries } from '../../api/queries/people'
import { notifySaved } from '../notify'
import { QueryView } from '../QueryView'

function Facts({ person }: { person: Person }) {
  return (
    <Stack gap={2}>
      <Text fw={600}>{person.name}</Text>
      <Text size="sm" c="dimmed">
        {[person.role, person.company].filter(Boolean).join(' at ') || 'No company or role'}
      </Text>
      <Text size="xs">
        {person.emails.length} email(s), {person.phones.length} phone(s), {person.tags.length} tag(s), {person.notes.length} note(s)
      </Text>
    </Stack>
  )
}

/** Two people into one: the user picks whose name and details win; nothing of the other is lost. */
export function MergeDialog({
  ids,
  opened,
  onClose,
  onMerged,
}: {
  ids: [string, string]
  opened: boolean
  onClose: () => void
  onMerged: (keepId: string) => void
}) {
  const { write } = useWrite()
  const pair = useQueries({
    queries: ids.map((id) => peopleQueries.detail(id)),
    combine: (both) => ({
      data: both.every((one) => one.data) ? both.map((one) => one.data!) : undefined,
      error: both.find((one) => one.error)?.error ?? null,
      refetch: () => both.forEach((one) => void one.refetch()),
    }),
  })
  const [keepId, setKeepId] = useState(ids[0])
  const [busy, setBusy] = useState(false)

  const merge = async () => {
    setBusy(true)
    const kept = await write((kith) => kith.people.merge({ keepId, mergeId: ids.find((id) => id !== keepId)! }), { failure: 'Could not merge these people' })
    setBusy(false)
    if (!kept) return
    notifySaved(`Merged into ${kept.name}.`)
    onMerged(kept.id)
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Merge duplicates" size="lg">
      <QueryView query={pair}>
        {(people) => {
          const keep = people.find((p) => p.id === keepId) ?? people[0]!
          const other = people.find((p) => p.id !== keep.id)!
          return (
            <Stack>
              <Radio.Group label="Keep the name and details of" value={keepId} onChange={setKeepId}>
                <SimpleGrid cols={2} mt="xs">
                  {people.map((person) => (
                    <Paper key={person.id} withBorder p="sm">
                      <Radio value={person.id} label={<Facts person={person} />} />
                    </Paper>
                  ))}
                </SimpleGrid>
              </Radio.Group>
              <Text size="sm" fw={600}>
                What will be kept
              </Text>
              <List size="sm" spacing={4}>
                <List.Item>
                  The name <b>{keep.name}</b>
                  {keep.company ? `, company ${keep.company}` : other.company ? `, company ${other.company} (from ${other.name})` : ''}.
                </List.Item>
                <List.Item>Every conversation, referral and follow-up of both, now under {keep.name}.</List.Item>
                <List.Item>All emails, phones, tags, notes and icebreaker answers of both (duplicates once).</List.Item>
                <List.Item>The earlier first meeting of the two.</List.Item>
                <List.Item>{other.name}&apos;s own record is removed once merged.</List.Item>
              </List>
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                <Button color="red" loading={busy} onClick={() => void merge()}>
                  Merge into {keep.name}
                </Button>
              </Group>
            </Stack>
          )
        }}
      </QueryView>
    </Modal>
  )
}
