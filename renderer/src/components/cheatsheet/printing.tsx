import { useEffect, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useSearchParams } from 'react-router'
import type { PrintRequest } from '../../../../shared/api/contract'
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/derive/cheatSheet'

export type Paper = PrintRequest['paper']
export const PAPERS: readonly Paper[] = ['A4', 'Letter']

const PRINT_MODE_ATTRIBUTE = 'data-kith-print'

/**
 * The hidden print window opens `#/events/<id>/cheat-sheet?print=1&paper=A4|Letter`.
 * The paper needs nothing from the page: the window's print call sets the page size.
 */
export function usePrintRoute(): { print: boolean } {
  const [params] = useSearchParams()
  return { print: params.get('print') === '1' }
}

/** Letter where it is the usual paper (US, Canada, Mexico, Philippines…), A4 elsewhere. */
export function defaultPaper(language: string = navigator.language): Paper {
  return /-(US|CA|MX|PH|CL|CO|VE)$/i.test(language) ? 'Letter' : 'A4'
}

/**
 * The sheet's own copy directly under <body>, the only thing shown on paper.
 * `screen` also hides the app on screen: the print window shows nothing but the sheet.
 */
export function PrintCopy({ screen, children }: { screen: boolean; children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement
    root.setAttribute(PRINT_MODE_ATTRIBUTE, screen ? 'all' : 'print')
    return () => root.removeAttribute(PRINT_MODE_ATTRIBUTE)
  }, [screen])
  return createPortal(<div className="kith-print-root">{children}</div>, document.body)
}

/**
 * Tells the main process the page can be printed: "ready" once the sheet is on the page
 * and its fonts are loaded, or the reason it could not load, so printing fails with that
 * message instead of waiting for a timeout.
 */
export function usePrintReady(enabled: boolean, rendered: boolean, error: Error | undefined) {
  useEffect(() => {
    if (!enabled) return
    const root = document.documentElement
    let cancelled = false
    if (error) root.setAttribute(PRINT_READY_ATTRIBUTE, `Kith could not load the cheat sheet: ${error.message}`)
    else if (rendered) {
      // A DOM without FontFaceSet (happy-dom in the component tests) has no fonts to wait for.
      const fontsLoaded: Promise<unknown> = (document.fonts as FontFaceSet | undefined)?.ready ?? Promise.resolve()
      void fontsLoaded.then(() => {
        // One more frame, so the layout that printing measures includes the sheet.
        requestAnimationFrame(() => {
          if (!cancelled) root.setAttribute(PRINT_READY_ATTRIBUTE, 'ready')
        })
      })
    }
    return () => {
      cancelled = true
      root.removeAttribute(PRINT_READY_ATTRIBUTE)
    }
  }, [enabled, rendered, error])
}
