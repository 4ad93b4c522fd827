import type { PrintToPDFOptions, SaveDialogOptions, WebContents } from 'electron'
import type { PrintRequest, PrintResult } from '../../../shared/api/contract'
import { PRINT_READY_ATTRIBUTE } from '../../../shared/derive/cheatSheet'

/** The hidden window the sheet is rendered in; only what printing needs. */
export type PrintWindow = {
  /** Loads the app at a hash route; rejects when the page fails to load. */
  load(route: string): Promise<void>
  webContents: Pick<WebContents, 'executeJavaScript' | 'print' | 'printToPDF'>
  destroy(): void
}

export type PrinterDeps = {
  createPrintWindow: () => PrintWindow
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>
  writeFile: (path: string, data: Uint8Array) => Promise<void>
  /** How long the page may take to fetch the sheet and load its fonts. */
  readyTimeoutMs?: number
}

/** Half an inch all round: inside every home printer's unprintable edge. */
export const PDF_MARGINS: NonNullable<PrintToPDFOptions['margins']> = { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 }

export function cheatSheetRoute({ eventId, paper }: Pick<PrintRequest, 'eventId' | 'paper'>): string {
  return `/events/${encodeURIComponent(eventId)}/cheat-sheet?print=1&paper=${paper}`
}

/** "Midwest Growth Conference" → "midwest-growth-conference-cheat-sheet.pdf" */
export function pdfFileName(eventTitle: string): string {
  const slug = eventTitle
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `${slug || 'event'}-cheat-sheet.pdf`
}

/**
 * Waits in the page until it has rendered the sheet (it sets the attribute on <html>)
 * and its fonts are loaded, so the paper never shows fallback fonts or a spinner.
 * Resolves with "ready" or the page's own error message.
 */
const WAIT_FOR_PAGE = `new Promise((resolve) => {
  const check = () => {
    const state = document.documentElement.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)})
    if (state === 'ready') document.fonts.ready.then(() => resolve('ready'))
    else if (state) resolve(state)
    else setTimeout(check, 50)
  }
  check()
})`

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The print:cheatsheet handler: system print dialog, or Save as PDF to a file the user picks. */
export function createCheatSheetPrinter(deps: PrinterDeps): (request: PrintRequest) => Promise<PrintResult> {
  const timeoutMs = deps.readyTimeoutMs ?? 20_000

  async function waitUntilReady(window: PrintWindow) {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
    const state = await Promise.race([window.webContents.executeJavaScript(WAIT_FOR_PAGE) as Promise<string>, timeout]).finally(() => clearTimeout(timer))
    if (state === 'timeout') throw new Error(`the page did not finish loading within ${Math.round(timeoutMs / 1000)} seconds`)
    if (state !== 'ready') throw new Error(String(state))
  }

  /** Renders the sheet in a fresh hidden window, runs `use`, and always closes the window. */
  async function withSheet<T>(request: PrintRequest, use: (window: PrintWindow) => Promise<T>): Promise<T> {
    const window = deps.createPrintWindow()
    try {
      try {
        await window.load(cheatSheetRoute(request))
        await waitUntilReady(window)
      } catch (error) {
        throw new Error(`Kith could not prepare the cheat sheet for printing: ${reason(error)}`)
      }
      return await use(window)
    } finally {
      window.destroy()
    }
  }

  const toPrinter = (request: PrintRequest) =>
    withSheet(request, (window) => {
      return new Promise<PrintResult>((resolve, reject) => {
        window.webContents.print({ silent: false, printBackground: true, pageSize: request.paper }, (success, failureReason) => {
          if (success) resolve({ outcome: 'printed' })
          // Closing the system dialog is the user's choice, not a failure.
          else if (/cancel/i.test(failureReason)) resolve({ outcome: 'cancelled' })
          else reject(new Error(`Printing failed: ${failureReason || 'the printer reported an error'}.`))
        })
      })
    })

  async function toPdf(request: PrintRequest): Promise<PrintResult> {
    // Ask first: a cancelled dialog then costs nothing, not even a hidden window.
    const choice = await deps.showSaveDialog({
      title: 'Save the cheat sheet as PDF',
      defaultPath: pdfFileName(request.eventTitle),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' }
    const path = choice.filePath
    const pdf = await withSheet(request, async (window) => {
      try {
        return await window.webContents.printToPDF({ pageSize: request.paper, printBackground: true, margins: PDF_MARGINS })
      } catch (error) {
        throw new Error(`Kith could not make the PDF: ${reason(error)}`)
      }
    })
    try {
      await deps.writeFile(path, pdf)
    } catch (error) {
      throw new Error(`Kith could not save the PDF to ${path}: ${reason(error)}`)
    }
    return { outcome: 'saved', path }
  }

  return (request) => (request.to === 'pdf' ? toPdf(request) : toPrinter(request))
}
