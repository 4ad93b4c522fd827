import { useEffect, useRef, type RefObject } from 'react'
import { panSpan, zoomSpan, type Span } from './timeSpan'

export type ChartView = {
  span: Span
  bounds: Span
  setSpan: (span: Span) => void
  /** Where the chart sits inside the element, in px from its left edge, and how wide it is. */
  chartLeft: number
  chartWidth: number
}

/** A pointer has to move this far before a press is a drag and not a click. */
const DRAG_THRESHOLD = 4
/** How much one wheel notch (100 px of deltaY) zooms: about 1.25 times. */
const WHEEL_ZOOM = 0.0022

/**
 * Wheel, pinch and drag on the chart. Ctrl+wheel (and a trackpad pinch, which the browser sends
 * as Ctrl+wheel) zooms about the pointer; a sideways wheel or Shift+wheel pans; a plain wheel
 * still scrolls the lanes. Dragging the chart pans it, and a drag is never also a click on a lane.
 * Native listeners: a wheel must be cancelable (React's are passive), and the cluster popover,
 * portalled out of the element, must not start a drag through React's tree.
 */
export function useChartGestures(element: RefObject<HTMLElement | null>, view: ChartView) {
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  })

  useEffect(() => {
    const el = element.current
    if (!el) return
    const fractionAt = (clientX: number) => {
      const { chartLeft, chartWidth } = latest.current
      return (clientX - el.getBoundingClientRect().left - chartLeft) / chartWidth
    }
    const msPerPx = () => (latest.current.span.to - latest.current.span.from) / latest.current.chartWidth

    const wheel = (event: WheelEvent) => {
      const { span, bounds, setSpan } = latest.current
      const fraction = fractionAt(event.clientX)
      if (event.ctrlKey) {
        event.preventDefault()
        setSpan(zoomSpan(span, Math.exp(event.deltaY * WHEEL_ZOOM), Math.min(1, Math.max(0, fraction)), bounds))
        return
      }
      const sideways = event.shiftKey ? event.deltaY || event.deltaX : Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : 0
      if (!sideways) return
      event.preventDefault()
      setSpan(panSpan(span, sideways * msPerPx(), bounds))
    }

    let press: { x: number; pointer: number; span: Span; dragging: boolean } | undefined
    let swallowClick = false
    const down = (event: PointerEvent) => {
      if (event.button !== 0 || !(event.target instanceof Element)) return
      // Buttons and links keep their own press; the names column and the end column are not the chart.
      if (event.target.closest('button, a, input, [role="slider"]')) return
      const fraction = fractionAt(event.clientX)
      if (fraction < 0 || fraction > 1) return
      press = { x: event.clientX, pointer: event.pointerId, span: latest.current.span, dragging: false }
    }
    const move = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointer) return
      const dx = event.clientX - press.x
      if (!press.dragging && Math.abs(dx) < DRAG_THRESHOLD) return
      if (!press.dragging) {
        press.dragging = true
        el.setPointerCapture?.(press.pointer)
        el.dataset.dragging = ''
      }
      const { bounds, setSpan } = latest.current
      setSpan(panSpan(press.span, -dx * ((press.span.to - press.span.from) / latest.current.chartWidth), bounds))
    }
    const up = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointer) return
      swallowClick = press.dragging
      press = undefined
      delete el.dataset.dragging
    }
    // The click that ends a drag would open the lane under the pointer: it is swallowed.
    const click = (event: MouseEvent) => {
      if (!swallowClick) return
      swallowClick = false
      event.stopPropagation()
      event.preventDefault()
    }
    el.addEventListener('wheel', wheel, { passive: false })
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
    el.addEventListener('pointercancel', up)
    el.addEventListener('click', click, true)
    return () => {
      el.removeEventListener('wheel', wheel)
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('pointercancel', up)
      el.removeEventListener('click', click, true)
    }
  }, [element])
}

/** The timeline's zoom and pan keys; true when the key was one of them. */
export function chartKey(
  event: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  onItself: boolean,
  view: Pick<ChartView, 'span' | 'bounds' | 'setSpan'>,
  anchor: number,
  fit: () => void,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  const { span, bounds, setSpan } = view
  const step = (span.to - span.from) / 5
  switch (event.key) {
    case '+':
    case '=':
      setSpan(zoomSpan(span, 1 / 1.5, anchor, bounds))
      return true
    case '-':
    case '_':
      setSpan(zoomSpan(span, 1.5, anchor, bounds))
      return true
    case '0':
      fit()
      return true
    case 'ArrowLeft':
    case 'ArrowRight':
      // On a marker the arrows move between markers; with Shift (or on the chart itself) they pan.
      if (!event.shiftKey && !onItself) return false
      setSpan(panSpan(span, event.key === 'ArrowLeft' ? -step : step, bounds))
      return true
    default:
      return false
  }
}
