import { IconSnowflake } from '@tabler/icons-react'
import { memo, type CSSProperties, type MouseEvent } from 'react'
import { Link } from 'react-router'
import type { Lane } from '../../../../../shared/derive/timeline'
import { formatDate } from '../../../lib/format'
import classes from '../NetworkTimeline.module.css'
import { TIP, TIP_ARROW } from '../SharedTooltip'
import { daysAgo, STAGE_LABELS, stageColorVar } from '../stages'
import type { DrawnItem } from './markerClusters'
import { clusterLabel, clusterTip } from './clusterText'

export const NAME_WIDTH = 220
export const END_WIDTH = 184
export const ROW_HEIGHT = 44
const MARKER = 14
const CLUSTER = 18

type RowProps = {
  lane: Lane
  index: number
  /** What the lane draws at the current scale, left to right. */
  items: DrawnItem[]
  /** A time (epoch ms) to its place on the chart, 0 to chartWidth. */
  x: (ms: number) => number
  chartWidth: number
  today: number
  width: number
  top: number
  onOpen: (id: string) => void
  onOpenCluster: (laneIndex: number, item: number) => void
  /** The stop that takes Tab when this lane holds the timeline's one tab stop. */
  tabStop?: number
}

// The end column is narrow: "Dec 1", with the year only when it is not this year's.
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const dayYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' })
const shortDay = (iso: string, today: number) => {
  const date = new Date(iso)
  return (date.getFullYear() === new Date(today).getFullYear() ? dayFormat : dayYearFormat).format(date)
}

const tabIndexFor = (stop: number, tabStop: number | undefined) => (stop === tabStop ? 0 : -1)
const clip = (value: number, width: number) => Math.max(-2, Math.min(width + 2, value))

/** Memoised: scrolling moves a few rows in and out, and the rows already on screen stay as they are. */
export const LaneRow = memo(function LaneRow({ lane, index: laneIndex, items, x, chartWidth, today, width, top, onOpen, onOpenCluster, tabStop }: RowProps) {
  // A referral recorded before the first meeting (an introduction by name) still sits on the lane.
  const first = lane.markers[0]?.at
  const from = clip(x(Date.parse(first && first < lane.start ? first : lane.start)), chartWidth)
  const last = clip(x(Date.parse(lane.lastContact)), chartWidth)
  const now = clip(x(today), chartWidth)
  const silentDays = daysAgo(lane.lastContact, today)
  const openCluster = (event: MouseEvent, item: number) => {
    event.stopPropagation()
    onOpenCluster(laneIndex, item)
  }
  return (
    <div
      className={classes.lane}
      style={{ top, height: ROW_HEIGHT, width }}
      onClick={() => onOpen(lane.personId)}
      data-lane={lane.personId}
      data-lane-index={laneIndex}
    >
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
      <div className={classes.chart} style={{ left: NAME_WIDTH, width: chartWidth }} data-chart>
        {last > from && <div className={classes.track} style={{ left: from, width: last - from, background: stageColorVar(lane.stage) }} aria-hidden />}
        {now > last && (
          // The silence since the last contact, drawn as such: dashed, and blue once it has gone on too long.
          <div
            className={`${classes.silence} ${lane.goingCold ? classes.cold : ''}`}
            style={{ left: last, width: now - last }}
            data-silence={lane.goingCold ? 'cold' : 'quiet'}
            aria-hidden
            {...{ [TIP]: `${lane.goingCold ? 'Going cold: no' : 'No'} contact for ${silentDays} ${silentDays === 1 ? 'day' : 'days'}` }}
          />
        )}
        {items.map((item, i) =>
          item.kind === 'marker' ? (
            <span
              key={`m-${item.marker.stage}-${item.marker.at}-${i}`}
              role="img"
              // The name too: arrowing down from another lane lands here without passing the name.
              aria-label={`${lane.name}: ${item.marker.label}, ${formatDate(item.marker.at)}`}
              tabIndex={tabIndexFor(i + 1, tabStop)}
              data-stop={i + 1}
              className={classes.marker}
              style={{ left: item.x - MARKER / 2, top: ROW_HEIGHT / 2 - MARKER / 2, background: stageColorVar(item.marker.stage) }}
              data-stage={item.marker.stage}
              {...{ [TIP]: `${item.marker.label} · ${formatDate(item.marker.at)}`, [TIP_ARROW]: '' }}
            />
          ) : (
            <button
              type="button"
              key={`c-${item.markers[0]!.at}-${i}`}
              aria-label={clusterLabel(lane.name, item.markers)}
              aria-haspopup="dialog"
              tabIndex={tabIndexFor(i + 1, tabStop)}
              data-stop={i + 1}
              data-cluster={item.markers.length}
              className={`mantine-focus-auto ${classes.cluster}`}
              style={{ left: item.x - CLUSTER / 2, top: ROW_HEIGHT / 2 - CLUSTER / 2 }}
              onClick={(event) => openCluster(event, i)}
              {...{ [TIP]: clusterTip(item.markers), [TIP_ARROW]: '' }}
            >
              {item.markers.length}
              {/* A pip per stage inside it: which stages the cluster holds, at a glance. */}
              <span className={classes.pips} aria-hidden>
                {[...new Set(item.markers.map((m) => m.stage))].map((stage) => (
                  <span key={stage} className={classes.pip} style={{ background: stageColorVar(stage) }} data-stage={stage} />
                ))}
              </span>
            </button>
          ),
        )}
      </div>
      <div className={classes.end} style={{ width: END_WIDTH }}>
        {/* The swatch is the paragraph's ::before, coloured by a custom property: two nodes fewer per lane. */}
        <p className={classes.stage} style={{ '--stage-color': stageColorVar(lane.stage) } as CSSProperties}>
          {STAGE_LABELS[lane.stage]}
        </p>
        <p className={classes.detail}>
          {lane.nextFollowUp
            ? `${Date.parse(lane.nextFollowUp) < today ? 'Overdue since' : 'Follow up'} ${shortDay(lane.nextFollowUp, today)}`
            : lane.goingCold
              ? `No contact for ${silentDays} days`
              : 'No follow-up planned'}
        </p>
      </div>
    </div>
  )
})
