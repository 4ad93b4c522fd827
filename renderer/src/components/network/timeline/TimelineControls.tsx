import { ActionIcon, Button, Group, Select } from '@mantine/core'
import { IconArrowsHorizontal, IconZoomIn, IconZoomOut } from '@tabler/icons-react'
import { GROUP_OPTIONS, SORT_OPTIONS, type LaneGrouping, type LaneSort } from './laneOrder'
import { zoomSpan, type Preset } from './timeSpan'
import type { TimelineView } from './useTimelineSpan'

const PRESETS: { value: Preset; label: string; title: string }[] = [
  { value: 'month', label: 'Month', title: 'The last month' },
  { value: 'quarter', label: 'Quarter', title: 'The last three months' },
  { value: 'year', label: 'Year', title: 'The last twelve months' },
  { value: 'everything', label: 'Everything', title: 'Everything in the journal' },
]

/** Fit, the presets and zoom buttons; then how the lanes are sorted and grouped. */
export function ZoomControls({ view }: { view: TimelineView }) {
  const zoom = (factor: number) => view.setSpan(zoomSpan(view.span, factor, 0.5, view.bounds))
  return (
    <Group gap={6} role="group" aria-label="Zoom">
      <Button
        size="xs"
        variant={view.fitted ? 'filled' : 'default'}
        aria-pressed={view.fitted}
        leftSection={<IconArrowsHorizontal size={14} aria-hidden />}
        onClick={view.fit}
      >
        Fit
      </Button>
      <Button.Group>
        {PRESETS.map((preset) => (
          <Button
            key={preset.value}
            size="xs"
            variant={view.preset === preset.value ? 'filled' : 'default'}
            aria-pressed={view.preset === preset.value}
            title={preset.title}
            onClick={() => view.showPreset(preset.value)}
          >
            {preset.label}
          </Button>
        ))}
      </Button.Group>
      <ActionIcon variant="default" size="md" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoom(1 / 1.5)}>
        <IconZoomIn size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="default" size="md" aria-label="Zoom out" title="Zoom out (-)" onClick={() => zoom(1.5)}>
        <IconZoomOut size={16} aria-hidden />
      </ActionIcon>
    </Group>
  )
}

type OrderProps = { sort: LaneSort; onSort: (sort: LaneSort) => void; grouping: LaneGrouping; onGroup: (grouping: LaneGrouping) => void }

export function LaneOrderControls({ sort, onSort, grouping, onGroup }: OrderProps) {
  return (
    <>
      <Select label="Sort lanes" data={SORT_OPTIONS} value={sort} onChange={(v) => v && onSort(v as LaneSort)} allowDeselect={false} w={200} />
      <Select label="Group by" data={GROUP_OPTIONS} value={grouping} onChange={(v) => v && onGroup(v as LaneGrouping)} allowDeselect={false} w={150} />
    </>
  )
}
