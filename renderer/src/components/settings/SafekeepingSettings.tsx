import { Alert, Button, Code, Group, NumberInput, Stack, Text } from '@mantine/core'
import { IconDownload, IconLifebuoy } from '@tabler/icons-react'
import { useState } from 'react'
import type { Settings } from '../../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useKith } from '../../api/KithContext'
import { journalQueries } from '../../api/queries/journal'
import { notifyError, notifySaved } from '../notify'
import { QueryView } from '../QueryView'
import { SaveStatus, useSaveAsYouGo } from './saveAsYouGo'
import { BackupList } from '../safekeeping/BackupList'
import { downloadJournal } from '../safekeeping/downloadJournal'
import { Section } from '../Section'
import { TrashList } from './TrashList'

const wholeIn = (value: number | string, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** How many backups Kith keeps: every backup of the newest days, then one a week before that. */
export function BackupRetention({ retention }: { retention: Settings['backups'] }) {
  const kith = useKith()
  const [keepDaily, setKeepDaily] = useState<number | string>(retention.keepDaily)
  const [keepWeekly, setKeepWeekly] = useState<number | string>(retention.keepWeekly)
  const dailyOk = wholeIn(keepDaily, 1, 365)
  const weeklyOk = wholeIn(keepWeekly, 0, 520)
  const saving = useSaveAsYouGo(
    journalQueries.settings().queryKey,
    (backups: Settings['backups']): Partial<Settings> => ({ backups }),
    (patch) => kith.settings.update({ patch }),
  )
  // Saved as you go, like every setting: a valid pair after a pause, or at once on leaving the page.
  const change = (daily: number | string, weekly: number | string) => {
    setKeepDaily(daily)
    setKeepWeekly(weekly)
    if (wholeIn(daily, 1, 365) && wholeIn(weekly, 0, 520)) saving.schedule({ keepDaily: daily, keepWeekly: weekly })
    else saving.schedule.cancel()
  }
  return (
    <Group align="flex-start">
      <NumberInput
        label="Days of backups to keep"
        description="Every backup from these days"
        min={1}
        max={365}
        value={keepDaily}
        onChange={(value) => change(value, keepWeekly)}
        error={dailyOk ? undefined : 'Enter a whole number of days from 1 to 365'}
        w={220}
      />
      <NumberInput
        label="Weekly backups to keep"
        description="One a week, older than that"
        min={0}
        max={520}
        value={keepWeekly}
        onChange={(value) => change(keepDaily, value)}
        error={weeklyOk ? undefined : 'Enter a whole number of weeks from 0 to 520'}
        w={220}
      />
      <SaveStatus state={saving.state} />
    </Group>
  )
}

function ExportJournal() {
  const kith = useKith()
  const [busy, setBusy] = useState(false)
  const exportAll = () => {
    setBusy(true)
    downloadJournal(kith)
      .then((fileName) => notifySaved(`Exported ${fileName}.`))
      .catch((error: unknown) => notifyError('Could not export the journal', error))
      .finally(() => setBusy(false))
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        One JSON file with everything in your journal: people, events, notes, referrals, follow-ups, reviews and settings. Keep it somewhere safe, away from
        this computer.
      </Text>
      <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={exportAll} loading={busy}>
        Export the whole journal as JSON
      </Button>
    </Stack>
  )
}

/** Backups, the trash and the export: everything that keeps the journal safe, in Settings. */
export function SafekeepingSettings() {
  const backups = useQuery(journalQueries.backups())
  const trash = useQuery(journalQueries.trash())
  const settings = useQuery(journalQueries.settings())
  const status = useQuery(journalQueries.status())
  return (
    <>
      <Section title="Backups">
        <Stack gap="md">
          {status.data?.recovery?.kind === 'damaged' && status.data.recovery.movedTo && (
            <Alert color="teal" variant="light" icon={<IconLifebuoy aria-hidden />} title="Opened from a backup">
              Your journal file could not be read when Kith started, so Kith opened a backup. The damaged file is kept, untouched, at{' '}
              <Code>{status.data.recovery.movedTo}</Code>.
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            Kith copies your journal into a backups folder beside it on the first save of each day, and before every upgrade, import and restore.
          </Text>
          <QueryView query={backups}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm">No backups yet. Kith takes the first one the first time it saves on a new day.</Text>
              ) : (
                <BackupList backups={list} readOnly={status.data?.readOnly} />
              )
            }
          </QueryView>
          <QueryView query={settings}>{(s) => <BackupRetention key={`${s.backups.keepDaily}/${s.backups.keepWeekly}`} retention={s.backups} />}</QueryView>
        </Stack>
      </Section>
      <Section title="Trash">
        <QueryView query={trash}>{(items) => <TrashList items={items} />}</QueryView>
      </Section>
      <Section title="Export for safekeeping">
        <ExportJournal />
      </Section>
    </>
  )
}
