import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core'
import type { ImportProgress as Counted } from '../../../../shared/exchange/api'
import { formatBytes } from '../../lib/format'

export type Work =
  | { step: 'reading'; fileName: string; bytes: number; fraction: number }
  | { step: 'checking'; fileName: string; bytes: number; contacts: number }
  | { step: 'saving'; fileName: string; bytes: number; contacts: number }

type Shown = { label: string; bar: string; value?: { done: number; total: number } }

const count = (n: number) => n.toLocaleString()
const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100)

/** What the bar and its sentence say: the main process's own count when it has sent one for this step. */
function shown(work: Work, counted: Counted | undefined): Shown {
  if (work.step === 'reading') {
    const done = Math.round(work.fraction * 100)
    return { label: `Reading ${work.fileName} (${formatBytes(work.bytes)})… ${done}%`, bar: 'Reading the file', value: { done, total: 100 } }
  }
  const about = ` (${formatBytes(work.bytes)}, about ${count(work.contacts)} ${work.contacts === 1 ? 'contact' : 'contacts'})`
  if (work.step === 'checking') {
    if (counted?.stage === 'reading') {
      return {
        label: `Reading contacts from ${work.fileName}… ${percent(counted.done, counted.total)}%`,
        bar: 'Reading contacts',
        value: { done: percent(counted.done, counted.total), total: 100 },
      }
    }
    if (counted?.stage === 'checking') {
      return { label: `Checking contacts against your journal… ${count(counted.done)} of ${count(counted.total)}`, bar: 'Checking contacts', value: counted }
    }
    return { label: `Checking ${work.fileName}${about} against your journal…`, bar: 'Checking the file' }
  }
  if (counted?.stage === 'importing') {
    return { label: `Importing contacts… ${count(counted.done)} of ${count(counted.total)}`, bar: 'Importing contacts', value: counted }
  }
  if (counted?.stage === 'saving') {
    return { label: `Taking a backup, then saving ${count(counted.total)} ${counted.total === 1 ? 'contact' : 'contacts'} to your journal…`, bar: 'Saving' }
  }
  return { label: `Importing ${work.fileName}${about}: taking a backup, then saving…`, bar: 'Importing' }
}

/**
 * The file is read by the browser (a real percentage), then read, checked and saved by the main
 * process, which pushes its counts as it goes (`import:progress`). The sentence is announced politely
 * and the bar carries it too; nothing here takes focus, so the page stays usable meanwhile.
 */
export function ImportProgress({ work, counted }: { work: Work; counted?: Counted }) {
  const { label, bar, value } = shown(work, counted)
  const fraction = value ? (value.total > 0 ? (value.done / value.total) * 100 : 100) : 100
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Loader size="sm" aria-hidden />
          <Text size="sm" role="status" aria-live="polite" data-testid="import-progress-text">
            {label}
          </Text>
        </Group>
        <Progress.Root
          role="progressbar"
          aria-label={bar}
          aria-valuemin={value ? 0 : undefined}
          aria-valuemax={value?.total}
          aria-valuenow={value?.done}
          aria-valuetext={value ? label : undefined}
        >
          <Progress.Section value={fraction} withAria={false} striped={!value} animated={!value} />
        </Progress.Root>
      </Stack>
    </Paper>
  )
}
