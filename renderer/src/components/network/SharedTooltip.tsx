import { Tooltip } from '@mantine/core'
import { useEffect, useState, type RefObject } from 'react'

/** The attribute holding an element's tooltip text, and the one asking for an arrow. */
export const TIP = 'data-tip'
export const TIP_ARROW = 'data-tip-arrow'

type Tip = { target: RefObject<HTMLElement | null>; label: string; arrow: boolean; opened: boolean }

/**
 * One tooltip for every marker (or icon) inside `container`: it follows the pointer onto whichever
 * element carries a `data-tip`. A Mantine Tooltip per marker cost a set of floating-ui
 * hooks each, and a screenful of lanes holds a few hundred markers.
 */
export function SharedTooltip({ container, paused = false }: { container: RefObject<HTMLElement | null>; paused?: boolean }) {
  const [tip, setTip] = useState<Tip | null>(null)

  useEffect(() => {
    const element = container.current
    if (!element) return
    const over = (event: MouseEvent | FocusEvent) => {
      const target = event.target instanceof Element ? event.target.closest(`[${TIP}]`) : null
      setTip((shown) => {
        if (!target) return shown?.opened ? { ...shown, opened: false } : shown
        if (shown?.opened && shown.target.current === target) return shown
        // An SVG icon is not an HTMLElement, but floating-ui positions any element.
        return { target: { current: target as HTMLElement }, label: target.getAttribute(TIP) ?? '', arrow: target.hasAttribute(TIP_ARROW), opened: true }
      })
    }
    const leave = () => setTip((shown) => (shown?.opened ? { ...shown, opened: false } : shown))
    // A marker reached by keyboard shows its tip too: what it says is not for the mouse alone.
    element.addEventListener('mouseover', over)
    element.addEventListener('focusin', over)
    element.addEventListener('mouseleave', leave)
    element.addEventListener('focusout', leave)
    return () => {
      element.removeEventListener('mouseover', over)
      element.removeEventListener('focusin', over)
      element.removeEventListener('mouseleave', leave)
      element.removeEventListener('focusout', leave)
    }
  }, [container])

  // Nothing to point at until the pointer first reaches a marker; nothing over a popover opened from one.
  if (!tip || paused) return null
  return <Tooltip label={tip.label} target={tip.target} opened={tip.opened} withArrow={tip.arrow} />
}
