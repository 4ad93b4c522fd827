import { Group, Text } from '@mantine/core'
import { useElementSize, useMergedRef } from '@mantine/hooks'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Lane, LaneMarker, TimelineModel } from '../../../../shared/derive/timeline'
import classes from './NetworkTimeline.module.css'
import { SharedTooltip } from './SharedTooltip'
import { STAGE_LABELS, STAGES, stageColorVar } from './stages'
import { ClusterPopover, type OpenCluster } from './timeline/ClusterPopover'
import { laneRows, type LaneListRow } from './timeline/laneOrder'
import { END_WIDTH, LaneRow, NAME_WIDTH, ROW_HEIGHT } from './timeline/LaneRow'
import { drawnItems, type DrawnItem } from './timeline/markerClusters'
import { TimelineAxis } from './timeline/TimelineAxis'
import { EDGE } from './timeline/timeAxis'
import { clampSpan, DAY } from './timeline/timeSpan'
import { chartKey, useChartGestures } from './timeline/useChartGestures'
import { useTimelineSpan, type TimelineView } from './timeline/useTimelineSpan'
import { useTimelineCursor } from './useTimelineCursor'

const AXIS_HEIGHT = 36
const GROUP_HEIGHT = 30
const NO_EVENTS = new Map<string, string>()

export function StageLegend() {
  return (
    <Group gap="md" aria-label="Stages" role="list">
      {STAGES.map((stage) => (
        <Group key={stage} gap={6} role="listitem">
          <span className={classes.swatch} style={{ background: stageColorVar(stage) }} aria-hidden />
          <Text size="xs">{STAGE_LABELS[stage]}</Text>
        </Group>
      ))}
    </Group>
  )
}

type Props = {
  model: TimelineModel
  /** How many lanes the whole timeline has, while `model` holds only its first screenful. */
  total?: number
  onOpen: (personId: string) => void
  /** The span shown, when the page shares it with a toolbar and an overview; else fitted to the lanes. */
  view?: TimelineView
  /** The lanes under group headers, in the chosen order; else the model's lanes as they come. */
  rows?: LaneListRow[]
}

/**
 * Every relationship as a lane from its first meeting to today, over the span chosen. Only the
 * lanes in view (plus a few) are in the DOM, so 5,000 people scroll like 50; and a lane draws at
 * most one item per 18 px, merging markers that would overlap into a cluster.
 */
export function NetworkTimeline({ model, total, onOpen, view: shared, rows: givenRows }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const { ref: sizeRef, width: viewWidth } = useElementSize()
  const ref = useMergedRef(scroller, sizeRef)
  const today = Date.parse(model.end)
  const own = useTimelineSpan(model.lanes, model.lanes, today, model.start)
  const view = shared ?? own
  const { span } = view
  const rows = useMemo(() => givenRows ?? laneRows(model.lanes, 'first-met', 'none', NO_EVENTS).rows, [givenRows, model.lanes])
  const lanes = useMemo(() => rows.flatMap((row) => (row.kind === 'lane' ? [row.lane] : [])), [rows])
  const rowOfLane = useMemo(() => rows.flatMap((row, i) => (row.kind === 'lane' ? [i] : [])), [rows])

  // Before the first measure, a guess at the width, so the first render already draws a screenful.
  const width = viewWidth || 1000
  const chartWidth = Math.max(120, width - NAME_WIDTH - END_WIDTH)
  const x = useCallback((ms: number) => EDGE + ((ms - span.from) / (span.to - span.from)) * (chartWidth - 2 * EDGE), [span.from, span.to, chartWidth])
  // What each lane draws at this scale, worked out once per lane per scale (the cursor asks too).
  const itemsOf = useMemo(() => {
    const cache = new WeakMap<Lane, DrawnItem[]>()
    return (lane: Lane) => {
      let items = cache.get(lane)
      if (!items) cache.set(lane, (items = drawnItems(lane.markers, x, chartWidth)))
      return items
    }
  }, [x, chartWidth])

  // The page passes a new function on every render; the rows keep one, so they need not re-render.
  const openRef = useRef(onOpen)
  useLayoutEffect(() => {
    openRef.current = onOpen
  })
  const open = useCallback((personId: string) => openRef.current(personId), [])

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us on scroll
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => (rows[i]!.kind === 'group' ? (rows[i] as { key: string }).key : (rows[i] as { lane: Lane }).lane.personId),
    overscan: 8,
    // A first guess at the viewport (see .scroller's height), so the first render already draws a screenful.
    initialRect: { width: 1000, height: Math.max(300, window.innerHeight - 470) },
  })

  const stopsIn = useCallback((lane: Lane | undefined) => 1 + (lane ? itemsOf(lane).length : 0), [itemsOf])
  const keys = useTimelineCursor(lanes, scroller, (index) => virtualizer.scrollToIndex(rowOfLane[index] ?? 0, { align: 'auto' }), stopsIn)
  const drawn = virtualizer.getVirtualItems()
  const drawnLanes = drawn.flatMap((item) => (rows[item.index]?.kind === 'lane' ? [(rows[item.index] as { laneIndex: number }).laneIndex] : []))
  // The cursor's lane takes Tab; scrolled out of the list, the first lane drawn does.
  const tabLane = drawnLanes.includes(keys.cursor.lane) ? keys.cursor.lane : drawnLanes[0]

  const chart = { span: view.span, bounds: view.bounds, setSpan: view.setSpan, chartLeft: NAME_WIDTH, chartWidth }
  useChartGestures(scroller, chart)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return
    const target = event.target as HTMLElement
    const onStop = target.hasAttribute('data-stop')
    if (!onStop && target !== scroller.current) return
    // Zoom about the focused marker, so it stays in view; else about the middle.
    const box = scroller.current!.getBoundingClientRect()
    const rect = target.getBoundingClientRect()
    const anchor = onStop && target.closest('[data-chart]') ? (rect.left + rect.width / 2 - box.left - NAME_WIDTH) / chartWidth : 0.5
    if (!chartKey(event, !onStop, chart, Math.min(1, Math.max(0, anchor)), view.fit)) return
    event.preventDefault()
    if (onStop) keys.refocus()
  }

  const [clusterAt, setClusterAt] = useState<{ laneIndex: number; item: number } | null>(null)
  const openCluster = useCallback((laneIndex: number, item: number) => setClusterAt({ laneIndex, item }), [])
  const cluster = ((): OpenCluster | null => {
    if (!clusterAt) return null
    const lane = lanes[clusterAt.laneIndex]
    const item = lane && itemsOf(lane)[clusterAt.item]
    const row = virtualizer.measurementsCache[rowOfLane[clusterAt.laneIndex] ?? -1]
    if (!lane || item?.kind !== 'cluster' || !row) return null
    return { ...clusterAt, name: lane.name, markers: item.markers, left: NAME_WIDTH + item.x - 9, top: AXIS_HEIGHT + row.start + ROW_HEIGHT / 2 - 9 }
  })()
  const closeCluster = () => {
    const at = clusterAt
    setClusterAt(null)
    if (at) scroller.current?.querySelector<HTMLElement>(`[data-lane-index="${at.laneIndex}"] [data-stop="${at.item + 1}"]`)?.focus()
  }
  const zoomTo = (markers: LaneMarker[]) => {
    const first = Date.parse(markers[0]!.at)
    const last = Date.parse(markers.at(-1)!.at)
    const pad = Math.max(3 * DAY, (last - first) / 4)
    view.setSpan(clampSpan({ from: first - pad, to: last + pad }, view.bounds))
    closeCluster()
  }

  const height = AXIS_HEIGHT + virtualizer.getTotalSize()
  const todayX = x(today)
  return (
    <div
      ref={ref}
      className={classes.scroller}
      tabIndex={0}
      aria-label={`Network timeline, ${total ?? model.lanes.length} relationships`}
      aria-describedby="timeline-keys"
      onKeyDown={onKeyDown}
      data-span-from={Math.round(span.from)}
      data-span-to={Math.round(span.to)}
    >
      <div style={{ width, height, position: 'relative' }}>
        <TimelineAxis span={span} x={x} chartWidth={chartWidth} width={width} height={AXIS_HEIGHT} today={todayX} />
        {todayX >= 0 && todayX <= chartWidth && (
          <div className={classes.today} style={{ left: NAME_WIDTH + todayX - 1, top: AXIS_HEIGHT, height: height - AXIS_HEIGHT }} aria-hidden />
        )}
        <div role="list" aria-label="Relationships" aria-describedby="timeline-keys" onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
          {drawn.map((item) => {
            const row = rows[item.index]!
            if (row.kind === 'group')
              return (
                <div
                  role="listitem"
                  key={item.key}
                  className={classes.group}
                  style={{ top: AXIS_HEIGHT + item.start, height: GROUP_HEIGHT, width }}
                  data-group={row.label}
                >
                  <h3 className={classes.groupTitle}>{row.label}</h3>
                  <span className={classes.detail}>{row.count === 1 ? '1 person' : `${row.count.toLocaleString()} people`}</span>
                </div>
              )
            return (
              <div role="listitem" key={item.key}>
                <LaneRow
                  lane={row.lane}
                  index={row.laneIndex}
                  items={itemsOf(row.lane)}
                  x={x}
                  chartWidth={chartWidth}
                  today={today}
                  width={width}
                  top={AXIS_HEIGHT + item.start}
                  onOpen={open}
                  onOpenCluster={openCluster}
                  tabStop={row.laneIndex === tabLane ? (row.laneIndex === keys.cursor.lane ? keys.cursor.item : 0) : undefined}
                />
              </div>
            )
          })}
        </div>
        <ClusterPopover open={cluster} onClose={closeCluster} onZoom={zoomTo} />
      </div>
      <SharedTooltip container={scroller} paused={cluster !== null} />
      <p id="timeline-keys" hidden>
        Arrow keys move between lanes and along a lane&apos;s markers; Home and End go to its ends; Enter opens a person or a cluster of markers. Plus and minus
        zoom, Shift with the left and right arrows pans, and 0 fits the timeline to its lanes.
      </p>
    </div>
  )
}
