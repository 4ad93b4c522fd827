/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest'
import type { PrintRequest } from '../../../shared/api/contract'
import { createCheatSheetPrinter, pdfFileName, type PrinterDeps, type PrintWindow } from '../../../electron/main/print/printCheatSheet'

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46])
const request = (fields: Partial<PrintRequest> = {}): PrintRequest => ({
  eventId: 'ev-conference',
  eventTitle: 'Midwest Growth Conference',
  paper: 'A4',
  to: 'pdf',
  ...fields,
})

/** A print window whose page reports "ready" (or what `pageState` says) and prints as told. */
function fakeWindow(options: { pageState?: Promise<string>; loadError?: Error; printResult?: [boolean, string] } = {}) {
  const window = {
    load: vi.fn(async (_route: string) => {
      if (options.loadError) throw options.loadError
    }),
    webContents: {
      executeJavaScript: vi.fn(() => options.pageState ?? Promise.resolve('ready')),
      printToPDF: vi.fn(async () => Buffer.from(PDF)),
      print: vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => callback?.(...(options.printResult ?? [true, '']))),
    },
    destroy: vi.fn(),
  }
  return window
}

function printer(window: ReturnType<typeof fakeWindow>, overrides: Partial<PrinterDeps> = {}) {
  const deps = {
    createPrintWindow: vi.fn(() => window as unknown as PrintWindow),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/me/Desktop/conference.pdf' })),
    writeFile: vi.fn(async () => undefined),
    ...overrides,
  }
  return { print: createCheatSheetPrinter(deps), deps }
}

describe('Save as PDF', () => {
  it('renders the sheet at the chosen paper size and writes the file the user chose', async () => {
    const window = fakeWindow()
    const { print, deps } = printer(window)
    await expect(print(request({ paper: 'Letter' }))).resolves.toEqual({ outcome: 'saved', path: '/home/me/Desktop/conference.pdf' })
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'midwest-growth-conference-cheat-sheet.pdf' }))
    expect(window.load).toHaveBeenCalledWith('/events/ev-conference/cheat-sheet?print=1&paper=Letter')
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', printBackground: true }))
    expect(deps.writeFile).toHaveBeenCalledWith('/home/me/Desktop/conference.pdf', Buffer.from(PDF))
    expect(window.destroy).toHaveBeenCalled()
  })

  it('a cancelled save dialog writes nothing and is not an error', async () => {
    const window = fakeWindow()
    const { print, deps } = printer(window, { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) })
    await expect(print(request())).resolves.toEqual({ outcome: 'cancelled' })
    expect(deps.createPrintWindow).not.toHaveBeenCalled()
    expect(deps.writeFile).not.toHaveBeenCalled()
  })

  it('a failing write reaches the user as a readable error naming the file', async () => {
    const window = fakeWindow()
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    const { print } = printer(window, { writeFile: vi.fn(async () => Promise.reject(full)) })
    await expect(print(request())).rejects.toThrow('Kith could not save the PDF to /home/me/Desktop/conference.pdf: ENOSPC: no space left on device')
    expect(window.destroy).toHaveBeenCalled()
  })

  it('waits for the page to be ready (sheet rendered, fonts loaded) before printing', async () => {
    let markReady!: (state: string) => void
    const window = fakeWindow({ pageState: new Promise((resolve) => (markReady = resolve)) })
    const { print } = printer(window)
    const result = print(request())
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('document.fonts.ready'))
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    markReady('ready')
    await expect(result).resolves.toMatchObject({ outcome: 'saved' })
    expect(window.webContents.printToPDF).toHaveBeenCalledTimes(1)
  })

  it('a page that fails to load, reports an error or never gets ready is a readable error, and nothing is written', async () => {
    const failedLoad = printer(fakeWindow({ loadError: new Error("ERR_FILE_NOT_FOUND (-6) loading 'index.html'") }))
    await expect(failedLoad.print(request())).rejects.toThrow(/could not prepare the cheat sheet for printing: ERR_FILE_NOT_FOUND/)
    expect(failedLoad.deps.writeFile).not.toHaveBeenCalled()

    const pageError = printer(fakeWindow({ pageState: Promise.resolve('No event with id "ev-x" is in this journal.') }))
    await expect(pageError.print(request())).rejects.toThrow('Kith could not prepare the cheat sheet for printing: No event with id "ev-x" is in this journal.')

    const stuck = fakeWindow({ pageState: new Promise(() => undefined) })
    const never = printer(stuck, { readyTimeoutMs: 30 })
    await expect(never.print(request())).rejects.toThrow(/did not finish loading/)
    expect(stuck.destroy).toHaveBeenCalled()
    expect(never.deps.writeFile).not.toHaveBeenCalled()
  })
})

describe('the system print dialog', () => {
  it('prints at the chosen paper size', async () => {
    const window = fakeWindow()
    const { print, deps } = printer(window)
    await expect(print(request({ to: 'printer', paper: 'A4' }))).resolves.toEqual({ outcome: 'printed' })
    expect(window.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', silent: false }), expect.any(Function))
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
    expect(window.destroy).toHaveBeenCalled()
  })

  it('closing the dialog is a cancel, a printer failure is a readable error', async () => {
    const cancelled = printer(fakeWindow({ printResult: [false, 'Print job canceled'] }))
    await expect(cancelled.print(request({ to: 'printer' }))).resolves.toEqual({ outcome: 'cancelled' })
    const failed = printer(fakeWindow({ printResult: [false, 'Print job failed'] }))
    await expect(failed.print(request({ to: 'printer' }))).rejects.toThrow('Printing failed: Print job failed.')
  })
})

describe('the suggested file name', () => {
  it('is made from the event title', () => {
    expect(pdfFileName('Chamber of Commerce after-hours mixer')).toBe('chamber-of-commerce-after-hours-mixer-cheat-sheet.pdf')
    expect(pdfFileName('Café Zürich / Q4')).toBe('cafe-zurich-q4-cheat-sheet.pdf')
    expect(pdfFileName('***')).toBe('event-cheat-sheet.pdf')
  })
})
