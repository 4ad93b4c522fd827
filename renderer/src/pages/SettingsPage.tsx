import { Button, Code, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import type { JournalStatus } from '../../../shared/api/contract'
import type { Settings } from '../../../shared/domain'
import { useKith, useKithQuery } from '../api/KithContext'
import { notifyError, notifySaved } from '../components/notify'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { SafekeepingSettings } from '../components/settings/SafekeepingSettings'
import { ThemeMenu } from '../components/ThemeMenu'
import { COUNT_LABELS } from '../lib/labels'

function CadenceSetting({ settings }: { settings: Settings }) {
  const kith = useKith()
  const [days, setDays] = useState<number | string>(settings.defaultCadenceDays)
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3650
  const save = () =>
    kith.settings
      .update({ patch: { defaultCadenceDays: days as number } })
      .then(() => notifySaved('Default cadence saved.'))
      .catch((error: unknown) => notifyError('Could not save the cadence', error))
  return (
    <Group align="flex-end">
      <NumberInput
        label="Keep in touch every (days)"
        description="Used for people without their own cadence"
        min={1}
        max={3650}
        value={days}
        onChange={setDays}
        error={valid ? undefined : 'Enter a whole number of days from 1 to 3650'}
        w={260}
      />
      <Button onClick={() => void save()} disabled={!valid || days === settings.defaultCadenceDays}>
        Save
      </Button>
    </Group>
  )
}

function JournalFacts({ status }: { status: JournalStatus }) {
  const kith = useKith()
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
              {status.counts[name]}
            </Text>{' '}
            {COUNT_LABELS[name]}
          </Text>
        ))}
      </SimpleGrid>
      {empty && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconSparkles size={18} aria-hidden />}
            onClick={() => kith.journal.loadSample({}).catch((error: unknown) => notifyError('Could not load the sample', error))}
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
  const settings = useKithQuery((kith) => kith.settings.get({}), 'settings')
  const status = useKithQuery((kith) => kith.journal.status({}), 'status')
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
        <Section title="Keeping in touch">
          <QueryView query={settings}>{(s) => <CadenceSetting settings={s} />}</QueryView>
        </Section>
        <Section title="Journal">
          <QueryView query={status}>{(s) => <JournalFacts status={s} />}</QueryView>
        </Section>
        <SafekeepingSettings />
      </Stack>
    </>
  )
}
