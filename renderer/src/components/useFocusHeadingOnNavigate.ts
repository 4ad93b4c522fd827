import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a route change, focus moves to the new page's h1, so a keyboard user starts from the top of
 * the page and a screen reader announces where they are (WCAG 2.4.3). Not on the first load. Pages
 * that load their data first get their h1 a moment later; a dialog that led here (search, quick
 * capture) is let go first, or its closing would drop the focus on <body> after ours.
 */
export function useFocusHeadingOnNavigate(mainId: string) {
  const { pathname } = useLocation()
  const firstLoad = useRef(true)
  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false
      return
    }
    const focusHeading = () => {
      const heading = document.getElementById(mainId)?.querySelector('h1')
      if (!heading || document.activeElement?.closest('[role=dialog]')) return false
      heading.tabIndex = -1
      heading.focus()
      return true
    }
    if (focusHeading()) return
    // Dialogs live in portals under <body>: watch it all, until the heading can take the focus.
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect())
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname, mainId])
}
