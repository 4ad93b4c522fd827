import { Alert, Badge, Button, Group, List, Menu, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconChevronDown, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/exchange/api'
import type { ImportAction } from '../../../../shared/exchange/importPlan'
import { PreviewTable, actionsFor } from './PreviewTable'
import { actionOf, countActions, describeCounts, type Choices } from './importFile'

type Filter = 'all' | ImportAction | 'warnings'

const MAX_LISTED_ERRORS = 50

/** Changes every row on show at once (a big file's 300 merges, say); a row keeps its action where the new one does not fit it. */
function ChangeShownRows({ count, onChange }: { count: number; onChange: (action: ImportAction | 'proposed') => void }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} disabled={count === 0}>
          Change {count === 1 ? 'this row' : `these ${count.toLocaleString()} rows`}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onChange('skip')}>Skip them</Menu.Item>
        <Menu.Item onClick={() => onChange('merge')}>Merge those that match someone</Menu.Item>
        <Menu.Item onClick={() => onChange('new')}>Add them as new people</Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => onChange('proposed')}>Back to what Kith proposed</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function RowErrors({ errors }: { errors: ImportPreview['errors'] }) {
  if (errors.length === 0) return null
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={`${errors.length} ${errors.length === 1 ? 'row' : 'rows'} cannot be imported`}
    >
      <List size="sm" spacing={2}>
        {errors.slice(0, MAX_LISTED_ERRORS).map((error) => (
          <List.Item key={`${error.line}-${error.message}`}>
            Line {error.line}: {error.message}
          </List.Item>
        ))}
      </List>
      {errors.length > MAX_LISTED_ERRORS && (
        <Text size="sm" mt={4}>
          …and {errors.length - MAX_LISTED_ERRORS} more. Fix them in the file and import it again, or go ahead without them.
        </Text>
      )}
    </Alert>
  )
}

export function ImportPreviewPanel({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview
  busy: boolean
  onConfirm: (choices: Choices) => void
  onCancel: () => void
}) {
  const [choices, setChoices] = useState<Choices>({})
  const [filter, setFilter] = useState<Filter>('all')
  const counts = countActions(preview, choices)
  const writes = counts.new + counts.merge
  const shown = preview.rows.filter((row) => (filter === 'all' ? true : filter === 'warnings' ? row.warnings.length > 0 : actionOf(row, choices) === filter))
  const changeShown = (action: ImportAction | 'proposed') => {
    const next = { ...choices }
    for (const row of shown) {
      if (action === 'proposed') delete next[row.line]
      else if (actionsFor(row).includes(action)) next[row.line] = action
    }
    setChoices(next)
  }

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              Preview of {preview.fileName}
            </Title>
            <Text size="sm" c="dimmed">
              Read as {preview.formatName}. Nothing has been written yet: check each row, change what Kith proposes, then confirm.
            </Text>
            <Text fw={600} data-testid="import-counts" aria-live="polite">
              {describeCounts(counts)}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
            <Button onClick={() => onConfirm(choices)} loading={busy} disabled={writes === 0}>
              {importLabel(counts.new, counts.merge)}
            </Button>
          </Group>
        </Group>
      </Paper>

      {preview.notices.map((notice) => (
        <Alert key={notice} color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {notice}
        </Alert>
      ))}
      <RowErrors errors={preview.errors} />

      {preview.rows.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <SegmentedControl
              aria-label="Show rows"
              size="xs"
              value={filter}
              onChange={(value) => setFilter(value as Filter)}
              data={[
                { value: 'all', label: `All ${preview.rows.length.toLocaleString()}` },
                { value: 'new', label: `New ${counts.new.toLocaleString()}` },
                { value: 'merge', label: `Merge ${counts.merge.toLocaleString()}` },
                { value: 'skip', label: `Skip ${counts.skip.toLocaleString()}` },
                { value: 'warnings', label: 'With warnings' },
              ]}
            />
            <Group gap="sm">
              {writes === 0 && (
                <Badge variant="light" color="gray">
                  Everyone in this file is already in your journal
                </Badge>
              )}
              <ChangeShownRows count={shown.length} onChange={changeShown} />
            </Group>
          </Group>
          {shown.length > 0 ? (
            <PreviewTable rows={shown} choices={choices} onChoose={(line, action) => setChoices((old) => ({ ...old, [line]: action }))} />
          ) : (
            <Text size="sm" c="dimmed">
              No rows of this kind.
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  )
}

const people = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`

/** The button says what it writes: "Import 2 people", "Import 2 people, merge 1", "Merge 1 person". */
function importLabel(added: number, merged: number): string {
  if (added === 0) return merged === 0 ? 'Nothing to import' : `Merge ${people(merged)}`
  return merged === 0 ? `Import ${people(added)}` : `Import ${people(added)}, merge ${merged.toLocaleString()}`
}
