import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a route change, focus moves to the new page's h1, so a keyboard user starts from the top of
 * the page and a screen reader announces where they are (WCAG 2.4.3). Not on the first load, and
 * not while a dialog holds the focus. Pages that load their data first get their h1 a moment later.
 */
export function useFocusHeadingOnNavigate(mainId: string) {
  const { pathname } = useLocation()
  const firstLoad = useRef(true)
  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false
      return
    }
    const main = document.getElementById(mainId)
    if (!main) return
    const focusHeading = () => {
      const heading = main.querySelector('h1')
      if (!heading) return false
      if (!document.activeElement?.closest('[role=dialog]')) {
        heading.tabIndex = -1
        heading.focus()
      }
      return true
    }
    if (focusHeading()) return
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect())
    observer.observe(main, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname, mainId])
}
