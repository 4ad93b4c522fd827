import { ActionIcon, Autocomplete, Button, Group, NumberInput, Stack, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'

export type TagCadence = { tag: string; days: number | string }

export const validCadence = (days: number | string): days is number => typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3650
export const CADENCE_ERROR = 'Enter a whole number of days from 1 to 3650'

/** One keep-in-touch cadence per tag ("clients: every 30 days"), added and removed in place. */
export function CadenceByTagEditor({ rows, onChange, knownTags }: { rows: TagCadence[]; onChange: (rows: TagCadence[]) => void; knownTags: string[] }) {
  const [newTag, setNewTag] = useState('')
  const [tagError, setTagError] = useState<string>()
  const used = new Set(rows.map((r) => r.tag.toLowerCase()))

  const add = () => {
    const tag = newTag.trim()
    if (!tag) return setTagError('Type or pick a tag first.')
    if (tag.length > 60) return setTagError('A tag is at most 60 characters.')
    if (used.has(tag.toLowerCase())) return setTagError(`"${tag}" already has a cadence: change it above.`)
    onChange([...rows, { tag, days: 30 }])
    setNewTag('')
    setTagError(undefined)
  }

  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No tag has its own cadence yet. Give "clients" 30 days and "friends" 60, for example.
        </Text>
      )}
      {rows.map((row, index) => (
        <Group key={row.tag} gap="xs" align="flex-start">
          <Text size="sm" w={160} pt={6} truncate title={row.tag}>
            {row.tag}
          </Text>
          <NumberInput
            aria-label={`Days between contacts for ${row.tag}`}
            min={1}
            max={3650}
            allowDecimal={false}
            w={120}
            size="xs"
            value={row.days}
            onChange={(days) => onChange(rows.map((r, i) => (i === index ? { ...r, days } : r)))}
            error={validCadence(row.days) ? undefined : CADENCE_ERROR}
          />
          <Text size="sm" pt={6} c="dimmed">
            days
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={2}
            aria-label={`Remove the cadence for ${row.tag}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs" align="flex-start">
        <Autocomplete
          aria-label="Tag to give a cadence"
          placeholder="Tag, e.g. clients"
          size="xs"
          w={200}
          data={knownTags.filter((t) => !used.has(t.toLowerCase()))}
          value={newTag}
          onChange={(value) => {
            setNewTag(value)
            setTagError(undefined)
          }}
          error={tagError}
        />
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          Add tag cadence
        </Button>
      </Group>
    </Stack>
  )
}
