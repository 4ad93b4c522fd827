import { Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import type { JournalStatus } from '../../../shared/api/contract'
import { useQuery } from '@tanstack/react-query'
import { useWrite } from '../api/mutations/useWrite'
import { journalQueries } from '../api/queries/journal'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { CurrencySettings } from '../components/settings/CurrencySettings'
import { ProfileSettings } from '../components/settings/ProfileSettings'
import { RemindersSettings } from '../components/settings/RemindersSettings'
import { SafekeepingSettings } from '../components/settings/SafekeepingSettings'
import { ThemeMenu } from '../components/ThemeMenu'
import { COUNT_LABELS } from '../lib/labels'
import { wordFor } from '../lib/plural'

function JournalFacts({ status }: { status: JournalStatus }) {
  const { write } = useWrite()
  const empty = Object.values(status.counts).every((n) => n === 0)
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="dimmed">
          Your journal file
        </Text>
        <Code block>{status.path}</Code>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        {(Object.keys(COUNT_LABELS) as (keyof typeof COUNT_LABELS)[]).map((name) => (
          <Text key={name} size="sm">
            <Text span fw={700}>
              {status.counts[name].toLocaleString()}
            </Text>{' '}
            {wordFor(status.counts[name], ...COUNT_LABELS[name])}
          </Text>
        ))}
      </SimpleGrid>
      {empty && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconSparkles size={18} aria-hidden />}
            onClick={() => void write((kith) => kith.journal.loadSample({}), { failure: 'Could not load the sample' })}
          >
            Load the sample journal
          </Button>
          <Text size="sm" c="dimmed">
            Only while the journal is empty, so nothing of yours is replaced.
          </Text>
        </Group>
      )}
    </Stack>
  )
}

export function SettingsPage() {
  const status = useQuery(journalQueries.status())
  return (
    <>
      <PageHeader title="Settings" description="Kith keeps these in your journal file, so they travel with it." />
      <Stack gap="lg" maw={760}>
        <Section title="Appearance">
          <Text size="sm" c="dimmed" mb="xs">
            Theme
          </Text>
          <ThemeMenu withLabels />
        </Section>
        <ProfileSettings />
        <RemindersSettings />
        <CurrencySettings />
        <Section title="Journal">
          <QueryView query={status}>{(s) => <JournalFacts status={s} />}</QueryView>
        </Section>
        <SafekeepingSettings />
      </Stack>
    </>
  )
}
