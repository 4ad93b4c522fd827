import { useElementSize } from '@mantine/hooks'
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import type { Lane } from '../../../../../shared/derive/timeline'
import { formatDate } from '../../../lib/format'
import classes from './TimelineOverview.module.css'
import { histogramPath, weeklyActivity } from './activityOverview'
import { END_WIDTH, NAME_WIDTH } from './LaneRow'
import { clampSpan, panSpan, zoomSpan, type Span } from './timeSpan'
import type { TimelineView } from './useTimelineSpan'

const HEIGHT = 40

/**
 * Activity per week over the whole journal, and a brush over it showing the span the lanes show.
 * Drag the brush to move the span, drag across the histogram to choose a new one, or click to
 * centre the span there; by keyboard the brush is a slider: arrows move it, + and - resize it.
 */
export function TimelineOverview({ lanes, view }: { lanes: readonly Lane[]; view: TimelineView }) {
  const { ref, width: fullWidth } = useElementSize()
  const width = Math.max(60, fullWidth - NAME_WIDTH - END_WIDTH)
  const { bounds, span, setSpan } = view
  const activity = useMemo(() => weeklyActivity(lanes, bounds.from, bounds.to), [lanes, bounds.from, bounds.to])
  const path = useMemo(() => histogramPath(activity, width, HEIGHT - 4), [activity, width])
  const px = (ms: number) => ((ms - bounds.from) / (bounds.to - bounds.from)) * width
  const ms = (x: number) => bounds.from + (x / width) * (bounds.to - bounds.from)
  const drag = useRef<{ mode: 'move' | 'select'; x: number; span: Span; moved: boolean } | null>(null)

  const xIn = (event: PointerEvent) => event.clientX - event.currentTarget.getBoundingClientRect().left
  const down = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    const x = xIn(event)
    const inside = x >= px(span.from) && x <= px(span.to)
    drag.current = { mode: inside ? 'move' : 'select', x, span, moved: false }
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    const x = xIn(event)
    if (!d.moved && Math.abs(x - d.x) < 3) return
    d.moved = true
    if (d.mode === 'move') setSpan(panSpan(d.span, ms(x) - ms(d.x), bounds))
    else setSpan(clampSpan({ from: ms(Math.min(x, d.x)), to: ms(Math.max(x, d.x)) }, bounds))
  }
  const up = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    drag.current = null
    if (!d || d.moved || d.mode === 'move') return
    // A click outside the brush centres the span there.
    const half = (span.to - span.from) / 2
    const at = ms(xIn(event))
    setSpan(clampSpan({ from: at - half, to: at + half }, bounds))
  }
  const key = (event: KeyboardEvent) => {
    const step = (span.to - span.from) / 10
    const moves: Record<string, () => Span> = {
      ArrowLeft: () => panSpan(span, -step, bounds),
      ArrowRight: () => panSpan(span, step, bounds),
      PageUp: () => panSpan(span, -10 * step, bounds),
      PageDown: () => panSpan(span, 10 * step, bounds),
      Home: () => panSpan(span, bounds.from - span.from, bounds),
      End: () => panSpan(span, bounds.to - span.to, bounds),
      '+': () => zoomSpan(span, 1 / 1.5, 0.5, bounds),
      '=': () => zoomSpan(span, 1 / 1.5, 0.5, bounds),
      '-': () => zoomSpan(span, 1.5, 0.5, bounds),
    }
    const next = moves[event.key]
    if (!next) return
    event.preventDefault()
    setSpan(next())
  }

  const left = Math.max(0, px(span.from))
  const right = Math.min(width, px(span.to))
  const days = (t: number) => Math.round((t - bounds.from) / 86_400_000)
  return (
    <div ref={ref} className={classes.overview}>
      <div className={classes.label} style={{ width: NAME_WIDTH }}>
        <span>Activity per week</span>
        <span className={classes.hint}>Drag to choose the span</span>
      </div>
      <div
        className={classes.chart}
        style={{ width, height: HEIGHT }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={() => (drag.current = null)}
        data-overview
      >
        <svg width={width} height={HEIGHT} aria-hidden className={classes.bars}>
          <path d={path} transform="translate(0 4)" />
        </svg>
        <div
          className={classes.brush}
          style={{ left, width: Math.max(4, right - left) }}
          role="slider"
          tabIndex={0}
          aria-label="Span shown"
          aria-valuemin={0}
          aria-valuemax={days(bounds.to)}
          aria-valuenow={days((span.from + span.to) / 2)}
          aria-valuetext={`${formatDate(new Date(span.from).toISOString())} to ${formatDate(new Date(span.to).toISOString())}`}
          aria-describedby="overview-keys"
          onKeyDown={key}
        />
      </div>
      <p id="overview-keys" hidden>
        Left and right arrows move the span shown, Page Up and Page Down by its whole width, Home and End to the journal&apos;s ends; plus and minus zoom.
      </p>
    </div>
  )
}
