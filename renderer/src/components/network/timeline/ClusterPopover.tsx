import { Button, Popover, Stack, Text } from '@mantine/core'
import { IconZoomIn } from '@tabler/icons-react'
import { useWindowEvent } from '@mantine/hooks'
import { useId } from 'react'
import type { LaneMarker } from '../../../../../shared/derive/timeline'
import { formatDate } from '../../../lib/format'
import classes from '../NetworkTimeline.module.css'
import { stageColorVar } from '../stages'
import { clusterDates } from './clusterText'

export type OpenCluster = { laneIndex: number; item: number; name: string; markers: LaneMarker[]; left: number; top: number }

/**
 * One popover for whichever cluster is open, anchored to a stand-in placed over it: a Popover per
 * cluster would cost a set of floating-ui hooks each, as a tooltip per marker did.
 */
export function ClusterPopover({ open, onClose, onZoom }: { open: OpenCluster | null; onClose: () => void; onZoom: (markers: LaneMarker[]) => void }) {
  const titleId = useId()
  // Escape closes the open cluster wherever the focus is: a click on its marker leaves the focus on the marker.
  useWindowEvent('keydown', (event) => {
    if (open && event.key === 'Escape' && !event.defaultPrevented) onClose()
  })
  return (
    <Popover
      opened={open !== null}
      onChange={(opened) => !opened && onClose()}
      onClose={onClose}
      trapFocus
      returnFocus={false}
      position="bottom"
      withArrow
      shadow="md"
      width={300}
    >
      <Popover.Target>
        <span className={classes.clusterAnchor} style={{ left: open?.left ?? 0, top: open?.top ?? 0 }} aria-hidden />
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()} onPointerDown={(e) => e.stopPropagation()}>
        {open && (
          <Stack gap="xs">
            <Text id={titleId} size="sm" fw={600}>
              {open.name}: {open.markers.length} markers, {clusterDates(open.markers)}
            </Text>
            <ul className={classes.clusterList}>
              {open.markers.map((marker, i) => (
                <li key={`${marker.at}-${i}`}>
                  <span className={classes.swatch} style={{ background: stageColorVar(marker.stage) }} aria-hidden />
                  <Text span size="sm">
                    {marker.label}
                  </Text>
                  <Text span size="xs" c="dimmed">
                    {formatDate(marker.at)}
                  </Text>
                </li>
              ))}
            </ul>
            <Button size="xs" variant="light" leftSection={<IconZoomIn size={16} aria-hidden />} onClick={() => onZoom(open.markers)}>
              Zoom in on these
            </Button>
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
