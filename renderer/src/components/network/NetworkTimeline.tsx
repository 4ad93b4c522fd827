import { Group, Text } from '@mantine/core'
import { IconSnowflake } from '@tabler/icons-react'
import { useElementSize, useMergedRef } from '@mantine/hooks'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { Link } from 'react-router'
import { timeAxis, type Lane, type TimelineModel, type Zoom } from '../../../../shared/derive/timeline'
import { formatDate } from '../../lib/format'
import { SharedTooltip, TIP, TIP_ARROW } from './SharedTooltip'
import classes from './NetworkTimeline.module.css'
import { STAGE_LABELS, STAGES, stageColorVar } from './stages'
import { useTimelineCursor } from './useTimelineCursor'

const DAY = 86_400_000
const NAME_WIDTH = 240
const ROW_HEIGHT = 44
const AXIS_HEIGHT = 32
/** How wide a day is at each zoom: a month is about 120 px, a quarter 130 px, a year 165 px. */
const PX_PER_DAY: Record<Zoom, number> = { month: 4, quarter: 1.4, year: 0.45 }

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

type RowProps = {
  lane: Lane
  index: number
  x: (iso: string) => number
  width: number
  top: number
  onOpen: (id: string) => void
  /** The stop that takes Tab when this lane holds the timeline's one tab stop. */
  tabStop?: number
}

const tabIndexFor = (stop: number, tabStop: number | undefined) => (stop === tabStop ? 0 : -1)

/** Memoised: scrolling moves a few rows in and out, and the rows already on screen stay as they are. */
const LaneRow = memo(function LaneRow({ lane, index: laneIndex, x, width, top, onOpen, tabStop }: RowProps) {
  // A referral recorded before the first meeting (an introduction by name) still sits on the lane.
  const first = lane.markers[0]?.at
  const from = x(first && Date.parse(first) < Date.parse(lane.start) ? first : lane.start)
  return (
    <div className={classes.lane} style={{ top, height: ROW_HEIGHT, width }} onClick={() => onOpen(lane.personId)} data-lane={lane.personId} data-lane-index={laneIndex}>
      <div className={classes.name} style={{ width: NAME_WIDTH }}>
        {/* Plain elements styled like Mantine's Anchor and dimmed Text: a row is drawn on every scroll step. */}
        <div className={classes.who}>
          <Link
            to={`/people/${lane.personId}`}
            className={`mantine-focus-auto ${classes.person}`}
            onClick={(e) => e.stopPropagation()}
            tabIndex={tabIndexFor(0, tabStop)}
            data-stop={0}
          >
            {lane.name}
          </Link>
          {lane.goingCold && (
            <IconSnowflake
              size={14}
              color="var(--mantine-color-blue-filled)"
              aria-label="Going cold"
              role="img"
              className={classes.snowflake}
              {...{ [TIP]: `Going cold: last contact ${formatDate(lane.lastContact)}` }}
            />
          )}
        </div>
        <p className={classes.detail}>{lane.company || STAGE_LABELS[lane.stage]}</p>
      </div>
      <div
        className={`${classes.track} ${lane.goingCold ? classes.cold : ''}`}
        style={{ left: NAME_WIDTH + from, width: Math.max(2, width - NAME_WIDTH - from - 8), top: ROW_HEIGHT / 2 - 2, background: stageColorVar(lane.stage) }}
        aria-hidden
      />
      {lane.markers.map((marker, index) => (
        <span
          key={`${marker.stage}-${marker.at}-${index}`}
          role="img"
          // The name too: arrowing down from another lane lands here without passing the name.
          aria-label={`${lane.name}: ${marker.label}, ${formatDate(marker.at)}`}
          tabIndex={tabIndexFor(index + 1, tabStop)}
          data-stop={index + 1}
          className={classes.marker}
          style={{ left: NAME_WIDTH + x(marker.at) - 7, top: ROW_HEIGHT / 2 - 7, background: stageColorVar(marker.stage) }}
          data-stage={marker.stage}
          {...{ [TIP]: `${marker.label} · ${formatDate(marker.at)}`, [TIP_ARROW]: '' }}
        />
      ))}
    </div>
  )
})

/**
 * Every relationship as a lane from its first meeting to today. Only the lanes in view
 * (plus a few) are in the DOM, so 5,000 people scroll like 50. `total`: how many lanes the
 * whole timeline has, while `model` holds only its first screenful.
 */
export function NetworkTimeline({ model, total, zoom, onOpen }: { model: TimelineModel; total?: number; zoom: Zoom; onOpen: (personId: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null)
  const { ref: sizeRef, width: viewWidth } = useElementSize()
  const ref = useMergedRef(scroller, sizeRef)
  const { ticks, origin, trackWidth, pxPerDay } = useMemo(() => {
    const ticks = timeAxis(model.start, model.end, zoom)
    const origin = Date.parse(ticks[0]?.at ?? model.start)
    const days = Math.max(1, (Date.parse(model.end) - origin) / DAY)
    // A short journal still fills the view; a long one scrolls sideways.
    const pxPerDay = Math.max(PX_PER_DAY[zoom], (viewWidth - NAME_WIDTH - 48) / days)
    return { ticks, origin, pxPerDay, trackWidth: Math.ceil(days * pxPerDay) + 48 }
  }, [model.start, model.end, zoom, viewWidth])
  const x = useCallback((iso: string) => ((Date.parse(iso) - origin) / DAY) * pxPerDay, [origin, pxPerDay])
  const width = NAME_WIDTH + trackWidth
  // The page passes a new function on every render; the rows keep one, so they need not re-render.
  const openRef = useRef(onOpen)
  useLayoutEffect(() => {
    openRef.current = onOpen
  })
  const open = useCallback((personId: string) => openRef.current(personId), [])

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders us on scroll
  const virtualizer = useVirtualizer({
    count: model.lanes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // A first guess at the viewport (see .scroller's height), so the first render already draws a screenful.
    initialRect: { width: 1000, height: Math.max(320, window.innerHeight - 330) },
  })

  const keys = useTimelineCursor(model.lanes, scroller, (index) => virtualizer.scrollToIndex(index, { align: 'auto' }))
  const drawn = virtualizer.getVirtualItems()
  // The cursor's lane takes Tab; scrolled out of the list, the first lane drawn does.
  const tabLane = drawn.some((item) => item.index === keys.cursor.lane) ? keys.cursor.lane : drawn[0]?.index

  // Open on today: the recent end of every lane is what a user looks at first.
  useLayoutEffect(() => {
    const element = scroller.current
    if (element) element.scrollLeft = element.scrollWidth
  }, [zoom, trackWidth])

  return (
    <div ref={ref} className={classes.scroller} tabIndex={0} aria-label={`Network timeline, ${total ?? model.lanes.length} relationships`}>
      <div style={{ width, height: AXIS_HEIGHT + virtualizer.getTotalSize(), position: 'relative' }}>
        <div className={classes.axis} style={{ height: AXIS_HEIGHT, width }}>
          {ticks.map((tick) => (
            <span key={tick.at} className={classes.tick} style={{ left: NAME_WIDTH + x(tick.at) }}>
              {tick.label}
            </span>
          ))}
          <div className={classes.corner} style={{ width: NAME_WIDTH }}>
            <Text size="xs" fw={600} c="dimmed">
              Person
            </Text>
          </div>
        </div>
        <div role="list" aria-label="Relationships" aria-describedby="timeline-keys" onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
          {drawn.map((item) => (
            <div role="listitem" key={model.lanes[item.index]!.personId}>
              <LaneRow
                lane={model.lanes[item.index]!}
                index={item.index}
                x={x}
                width={width}
                top={AXIS_HEIGHT + item.start}
                onOpen={open}
                tabStop={item.index === tabLane ? (item.index === keys.cursor.lane ? keys.cursor.item : 0) : undefined}
              />
            </div>
          ))}
        </div>
      </div>
      <SharedTooltip container={scroller} />
      <p id="timeline-keys" hidden>
        Arrow keys move between lanes and along a lane&apos;s markers; Home and End go to its ends.
      </p>
    </div>
  )
}
