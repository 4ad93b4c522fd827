import { ActionIcon, Button, Code, Container, CopyButton, Group, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy, IconLifebuoy } from '@tabler/icons-react'
import type { JournalStatus } from '../../../shared/api/contract'
import type { Recovery } from '../../../shared/api/safekeeping'
import { useQuery } from '@tanstack/react-query'
import { journalQueries } from '../api/queries/journal'
import { QueryView } from '../components/QueryView'
import { Section } from '../components/Section'
import { BackupList } from '../components/safekeeping/BackupList'
import { SetAsideList } from '../components/safekeeping/SetAsideList'
import { describeCounts } from '../components/safekeeping/describe'
import { formatDateTime } from '../lib/format'

function DamagedFile({ movedTo, whole }: { movedTo: string; whole?: boolean }) {
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {movedTo}
        </Code>
        <CopyButton value={movedTo}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy the path'} withArrow>
              <ActionIcon variant="light" size="lg" color={copied ? 'teal' : undefined} onClick={copy} aria-label="Copy the damaged file's path">
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {whole
          ? 'Kith kept this copy exactly as it was, every record included, and will never change or delete it.'
          : 'Kith moved it aside exactly as it was and will never change or delete it. Keep it: someone comfortable with JSON files may be able to rescue notes written after the backup.'}
      </Text>
    </Stack>
  )
}

function OpenedInstead({ recovery, status }: { recovery: Recovery; status: JournalStatus }) {
  const opened = recovery.openedFrom
  if (!opened) {
    return (
      <Text size="sm">
        No good backup was found, so Kith started a new, empty journal. If you have a copy of your journal elsewhere, you can import it later.
      </Text>
    )
  }
  return (
    <Stack gap={4}>
      <Text size="sm">
        {opened.source === 'backup' ? 'The backup taken ' : 'A complete save that had not quite finished, from '}
        <b>{formatDateTime(opened.takenAt)}</b>, holding {describeCounts(status.counts)}.
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {opened.file}
      </Text>
    </Stack>
  )
}

type Props = {
  status: JournalStatus & { recovery: Recovery }
  /** The user has read this and wants to work with the journal that is open. */
  onContinue: () => void
  /** Another backup was restored: the caller reloads the status, which no longer carries the recovery. */
  onRestored: () => void
}

/** Shown instead of the app when the journal file could not be read: what happened, where it is, and the way back. */
export function RecoveryPage({ status, onContinue, onRestored }: Props) {
  const { recovery } = status
  const backups = useQuery(journalQueries.backups())
  const fromBackup = recovery.openedFrom !== undefined
  const setAside = recovery.kind === 'set-aside'
  const title = setAside ? 'Kith set a few records aside' : fromBackup ? 'Kith opened a backup of your journal' : 'Kith started a fresh journal'
  return (
    <Container component="main" size="md" py="xl">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" color="teal" aria-hidden>
            <IconLifebuoy size={28} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h2">
              {title}
            </Title>
            <Text c="dimmed">
              {setAside
                ? 'A few records did not match Kith’s format. Everything else is open and can be edited as usual; the records below are kept in a file until you mend or drop them.'
                : `Your journal file could not be read, so Kith set it aside without changing a byte${fromBackup ? ' and opened your most recent good copy.' : '.'}`}{' '}
              Nothing has been deleted.
            </Text>
          </Stack>
        </Group>

        <Section title="What happened">
          <Text size="sm">{recovery.message}</Text>
        </Section>

        {recovery.setAside && recovery.setAside.length > 0 && (
          <Section title="Records set aside">
            <SetAsideList entries={recovery.setAside} file={recovery.setAsideFile} onSettled={onRestored} />
          </Section>
        )}

        {recovery.movedTo && (
          <Section title={setAside ? 'The journal file as it was' : 'Where the damaged file is now'}>
            <DamagedFile movedTo={recovery.movedTo} whole={setAside} />
          </Section>
        )}

        {!setAside && (
          <Section title="What Kith opened instead">
            <OpenedInstead recovery={recovery} status={status} />
          </Section>
        )}

        <Section title="Your backups">
          <Text size="sm" c="dimmed" mb="sm">
            If the copy Kith opened is not the one you want, restore another. Kith backs up the journal as it is now before it restores.
          </Text>
          <QueryView query={backups}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm">There are no backups beside this journal.</Text>
              ) : (
                <BackupList backups={list} openedFile={recovery.openedFrom?.file} onRestored={onRestored} />
              )
            }
          </QueryView>
        </Section>

        <Group justify="flex-end">
          <Button size="md" onClick={onContinue}>
            Continue with this journal
          </Button>
        </Group>
      </Stack>
    </Container>
  )
}
