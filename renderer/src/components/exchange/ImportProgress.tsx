import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core'
import { formatBytes } from './importFile'

export type Work =
  | { step: 'reading'; fileName: string; bytes: number; fraction: number }
  | { step: 'checking'; fileName: string; bytes: number; contacts: number }
  | { step: 'saving'; fileName: string; bytes: number; contacts: number }

/**
 * Reading the file has a real percentage (the browser reports it); checking and saving
 * happen in one call to the main process, which reports no progress, so their bar is
 * indeterminate. The page stays responsive either way: the work is not in this window.
 */
export function ImportProgress({ work }: { work: Work }) {
  const about = work.step === 'reading' ? '' : ` (${formatBytes(work.bytes)}, about ${work.contacts.toLocaleString()} ${work.contacts === 1 ? 'contact' : 'contacts'})`
  const label =
    work.step === 'reading'
      ? `Reading ${work.fileName} (${formatBytes(work.bytes)})… ${Math.round(work.fraction * 100)}%`
      : work.step === 'checking'
        ? `Checking ${work.fileName}${about} against your journal…`
        : `Importing ${work.fileName}${about}: taking a backup, then saving…`
  return (
    <Paper withBorder radius="md" p="lg" role="status" aria-live="polite">
      <Stack gap="sm">
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{label}</Text>
        </Group>
        {work.step === 'reading' ? (
          <Progress value={work.fraction * 100} aria-label="Reading the file" />
        ) : (
          <Progress value={100} animated striped aria-label={work.step === 'checking' ? 'Checking the file' : 'Importing'} />
        )}
      </Stack>
    </Paper>
  )
}
