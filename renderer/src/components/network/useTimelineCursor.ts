import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import type { Lane } from '../../../../shared/derive/timeline'

/** Which lane, and which of its stops: 0 is the person's name, 1… its markers left to right. */
export type Cursor = { lane: number; item: number }

const PAGE = 10
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value))
/** How many stops a lane has: its name, then what it draws (markers, or clusters of them at a wide zoom). */
export type StopsOf = (lane: Lane | undefined) => number
const everyMarker: StopsOf = (lane) => 1 + (lane?.markers.length ?? 0)

/** The cursor a key moves to, or undefined for a key the timeline leaves alone. */
export function moveCursor(lanes: Lane[], { lane, item }: Cursor, key: string, ctrl: boolean, stopsIn: StopsOf = everyMarker): Cursor | undefined {
  const last = lanes.length - 1
  switch (key) {
    case 'ArrowDown':
      lane += 1
      break
    case 'ArrowUp':
      lane -= 1
      break
    case 'PageDown':
      lane += PAGE
      break
    case 'PageUp':
      lane -= PAGE
      break
    case 'ArrowRight':
      item += 1
      break
    case 'ArrowLeft':
      item -= 1
      break
    case 'Home':
      if (ctrl) lane = 0
      item = 0
      break
    case 'End':
      if (ctrl) lane = last
      item = Number.MAX_SAFE_INTEGER
      break
    default:
      return undefined
  }
  lane = clamp(lane, 0, last)
  return { lane, item: clamp(item, 0, stopsIn(lanes[lane]) - 1) }
}

/**
 * A roving tab index over the timeline (WAI-ARIA's grid pattern, without the grid role): one Tab
 * stop for all lanes; arrows move between lanes and along a lane's markers, Home/End to its ends,
 * Ctrl+Home/End to the first and last lane, Page Up/Down ten lanes. A lane scrolled out of the
 * virtual list is scrolled in first, then focused once drawn.
 */
export function useTimelineCursor(
  lanes: Lane[],
  container: RefObject<HTMLElement | null>,
  scrollToLane: (index: number) => void,
  stopsIn: StopsOf = everyMarker,
) {
  const [cursor, setCursor] = useState<Cursor>({ lane: 0, item: 0 })
  const wantsFocus = useRef(false)
  const laneIndex = clamp(cursor.lane, 0, Math.max(0, lanes.length - 1))
  // A zoom can merge markers into fewer stops: the cursor stays on the lane, at its nearest stop.
  const current = { lane: laneIndex, item: clamp(cursor.item, 0, stopsIn(lanes[laneIndex]) - 1) }

  // Runs after every render: the wanted lane may only be drawn after the virtual list has scrolled.
  useEffect(() => {
    if (!wantsFocus.current) return
    const stop = container.current?.querySelector<HTMLElement>(`[data-lane-index="${current.lane}"] [data-stop="${current.item}"]`)
    if (!stop) return
    wantsFocus.current = false
    stop.focus()
  })

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.target instanceof HTMLElement) || !event.target.hasAttribute('data-stop')) return
    // Shift+arrows pan the chart (see useChartKeys).
    if (event.shiftKey || event.altKey) return
    const next = moveCursor(lanes, current, event.key, event.ctrlKey || event.metaKey, stopsIn)
    if (!next) return
    event.preventDefault()
    wantsFocus.current = true
    setCursor(next)
    scrollToLane(next.lane)
  }
  // A click or Tab onto a stop makes it the cursor, so the arrows continue from there.
  const onFocus = (event: FocusEvent) => {
    const stop = event.target.closest('[data-stop]')
    const lane = stop?.closest('[data-lane-index]')
    if (!stop || !lane) return
    const focused = { lane: Number(lane.getAttribute('data-lane-index')), item: Number(stop.getAttribute('data-stop')) }
    if (focused.lane !== current.lane || focused.item !== current.item) setCursor(focused)
  }
  /** Focus the cursor's stop again once drawn: after a zoom the stop focused may have merged into a cluster. */
  const refocus = () => {
    wantsFocus.current = true
    setCursor({ ...current })
  }
  return { cursor: current, onKeyDown, onFocus, refocus }
}
