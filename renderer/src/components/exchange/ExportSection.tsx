import { Button, Group, MultiSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconCalendarEvent, IconDatabaseExport, IconFileSpreadsheet, IconId } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import type { KithApi } from '../../../../shared/api/kithApi'
import { useQuery } from '@tanstack/react-query'
import { useKith } from '../../api/KithContext'
import { peopleQueries } from '../../api/queries/people'
import { notifyError, notifySaved } from '../notify'
import { downloadText } from './importFile'

type ExportKind = 'vcard' | 'csv' | 'ical' | 'journal'
type Download = { fileName: string; mimeType: string; text: string }

function ExportCard({ icon, title, children, action }: { icon: ReactNode; title: string; children: ReactNode; action: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={4}>
          <Group gap="xs">
            {icon}
            <Title order={3} size="h5">
              {title}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {children}
          </Text>
        </Stack>
        {action}
      </Stack>
    </Paper>
  )
}

/** Every way out of Kith: contacts for other apps, the calendar, and the whole journal. */
export function ExportSection() {
  const kith = useKith()
  // Loaded once the user opens the chooser: a 10,000-person journal need not be fetched again on every change otherwise.
  const [choosing, setChoosing] = useState(false)
  const people = useQuery({ ...peopleQueries.list(), enabled: choosing })
  const [chosen, setChosen] = useState<string[]>([])
  const [version, setVersion] = useState<'4.0' | '3.0'>('4.0')
  const [busy, setBusy] = useState<ExportKind>()
  const personIds = chosen.length > 0 ? chosen : undefined
  const whom = personIds ? `${chosen.length} chosen ${chosen.length === 1 ? 'person' : 'people'}` : 'everyone not archived'

  const run = async (kind: ExportKind, make: (api: KithApi) => Promise<Download>) => {
    setBusy(kind)
    try {
      const file = await make(kith)
      downloadText(file.fileName, file.mimeType, file.text)
      notifySaved(`${file.fileName} was saved to your downloads.`)
    } catch (error) {
      notifyError('Could not export', error)
    } finally {
      setBusy(undefined)
    }
  }

  const exportButton = (kind: ExportKind, label: string, make: (api: KithApi) => Promise<Download>) => (
    <Button variant="light" loading={busy === kind} disabled={busy !== undefined && busy !== kind} onClick={() => void run(kind, make)}>
      {label}
    </Button>
  )

  return (
    <Stack gap="md">
      <MultiSelect
        label="Only these people"
        description="Leave empty to export everyone who is not archived. Applies to vCard and CSV."
        placeholder={chosen.length === 0 ? 'Everyone' : undefined}
        searchable
        selectFirstOptionOnChange
        clearable
        limit={50}
        nothingFoundMessage={people.data === undefined ? 'Loading people…' : 'Nobody by that name'}
        data={(people.data ?? []).map((person) => ({ value: person.id, label: person.company ? `${person.name} (${person.company})` : person.name }))}
        value={chosen}
        onChange={setChosen}
        onDropdownOpen={() => setChoosing(true)}
        onFocus={() => setChoosing(true)}
        maw={640}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ExportCard
          icon={<IconId size={20} aria-hidden />}
          title="vCard"
          action={
            <Stack gap="xs">
              <SegmentedControl
                size="xs"
                aria-label="vCard version"
                value={version}
                onChange={(value) => setVersion(value as '4.0' | '3.0')}
                data={[
                  { value: '4.0', label: 'vCard 4.0' },
                  { value: '3.0', label: '3.0, for older apps' },
                ]}
              />
              {exportButton('vcard', 'Export vCard', (api) => api.export.vcard({ personIds, version }))}
            </Stack>
          }
        >
          Contacts for phones, Apple Contacts, Outlook and Google, with who introduced whom. Exports {whom}.
        </ExportCard>
        <ExportCard
          icon={<IconFileSpreadsheet size={20} aria-hidden />}
          title="CSV"
          action={exportButton('csv', 'Export CSV', (api) => api.export.csv({ personIds }))}
        >
          One row per person for a spreadsheet. Exports {whom}.
        </ExportCard>
        <ExportCard
          icon={<IconCalendarEvent size={20} aria-hidden />}
          title="iCalendar"
          action={exportButton('ical', 'Export calendar (.ics)', (api) => api.export.ical())}
        >
          Your events as calendar events, and your follow-ups as to-dos with their due dates and a reminder.
        </ExportCard>
        <ExportCard
          icon={<IconDatabaseExport size={20} aria-hidden />}
          title="Whole journal"
          action={exportButton('journal', 'Export journal (JSON)', async (api) => {
            const journal = await api.journal.export()
            return { fileName: journal.fileName, mimeType: 'application/json', text: journal.json }
          })}
        >
          Everything in Kith as one JSON file: people, events, interactions, referrals, follow-ups and reviews.
        </ExportCard>
      </SimpleGrid>
    </Stack>
  )
}
