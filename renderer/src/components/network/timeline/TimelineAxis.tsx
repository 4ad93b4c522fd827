import { Text } from '@mantine/core'
import { useMemo } from 'react'
import classes from '../NetworkTimeline.module.css'
import { END_WIDTH, NAME_WIDTH } from './LaneRow'
import { axisTicks, chartScale } from './timeAxis'
import type { Span } from './timeSpan'

type Props = { span: Span; x: (ms: number) => number; chartWidth: number; width: number; height: number; today: number }

/** The time axis over the chart: d3's calendar ticks for the span, in the user's locale, and today. */
export function TimelineAxis({ span, x, chartWidth, width, height, today }: Props) {
  // A label starting at the right edge would be cut off: its tick is left out.
  const ticks = useMemo(() => axisTicks(chartScale(span, chartWidth), chartWidth).filter((tick) => tick.x < chartWidth - 36), [span, chartWidth])
  return (
    <div className={classes.axis} style={{ height, width }} data-axis>
      <div className={classes.axisChart} style={{ left: NAME_WIDTH, width: chartWidth }}>
        {ticks.map((tick) => (
          <span key={tick.at} className={classes.tick} style={{ left: x(tick.at) }}>
            {tick.label}
          </span>
        ))}
        {today >= 0 && today <= chartWidth && (
          <span className={classes.todayLabel} style={{ left: today }}>
            Today
          </span>
        )}
      </div>
      <div className={classes.corner} style={{ width: NAME_WIDTH }}>
        <Text size="xs" fw={600} c="dimmed">
          Person
        </Text>
      </div>
      <div className={`${classes.corner} ${classes.endCorner}`} style={{ width: END_WIDTH }}>
        <Text size="xs" fw={600} c="dimmed">
          Stage · next follow-up
        </Text>
      </div>
    </div>
  )
}
