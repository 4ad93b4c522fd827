/** @vitest-environment node */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

/** Every BrowserWindow the code under test creates, with what it was asked to do. */
const created: FakeWindow[] = []
const dialogMock = { showSaveDialog: vi.fn() }
const pdfBytes = Buffer.from('%PDF-1.7 cheat sheet')

class FakeWindow {
  options: Record<string, unknown>
  destroyed = false
  loadFile = vi.fn(async (_file: string, _options?: { hash?: string }) => undefined)
  loadURL = vi.fn(async (_url: string) => undefined)
  webContents = {
    setWindowOpenHandler: vi.fn(),
    on: vi.fn(),
    executeJavaScript: vi.fn(async () => 'ready'),
    printToPDF: vi.fn(async (_options: unknown) => pdfBytes),
    print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, '')),
  }
  constructor(options: Record<string, unknown>) {
    this.options = options
    created.push(this)
  }
  isDestroyed = () => this.destroyed
  destroy = vi.fn(() => {
    this.destroyed = true
  })
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  dialog: dialogMock,
  shell: { openExternal: vi.fn() },
}))

const { electronCheatSheetPrinter } = await import('../../../electron/main/print/electronPrinter')
const { createJournalService } = await import('../../../electron/main/journal/service')
const { dispatch } = await import('../../../electron/main/journal/api/dispatch')
const { openJournal } = await import('../../../electron/main/journal/openJournal')
const { JournalStore } = await import('../../../electron/main/journal/journalStore')

const location = { url: 'file:///app/out/renderer/index.html', file: '/app/out/renderer/index.html' }
const printer = () => electronCheatSheetPrinter({ location: () => location, preload: '/app/out/preload/index.cjs' })
const request = { eventId: 'ev-conference', eventTitle: 'Midwest Growth Conference', paper: 'Letter', to: 'pdf' } as const

let folder: string
beforeEach(() => {
  created.length = 0
  dialogMock.showSaveDialog.mockReset()
  folder = mkdtempSync(join(tmpdir(), 'kith-print-'))
})

describe('printing from the desktop app', () => {
  it('renders in a hidden window as locked down as the main one', async () => {
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'sheet.pdf') })
    await printer()(request)
    const window = created[0]!
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/out/preload/index.cjs' },
    })
    // hardenWebContents: new windows denied, navigation cancelled.
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled()
    expect(window.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function))
    expect(window.loadFile).toHaveBeenCalledWith(location.file, { hash: '/events/ev-conference/cheat-sheet?print=1&paper=Letter' })
    expect(window.destroy).toHaveBeenCalled()
  })

  it('calls printToPDF with the chosen paper size and writes the file the user chose', async () => {
    const chosen = join(folder, 'conference.pdf')
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    await expect(printer()(request)).resolves.toEqual({ outcome: 'saved', path: chosen })
    expect(created[0]!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', printBackground: true }))
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 cheat sheet')
  })

  it('a cancelled dialog writes nothing', async () => {
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(printer()(request)).resolves.toEqual({ outcome: 'cancelled' })
    expect(created).toHaveLength(0)
  })

  it('a failing write reaches the user through the call as a readable error', async () => {
    const missing = join(folder, 'no-such-folder', 'conference.pdf')
    dialogMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: missing })
    const opened = await openJournal(join(folder, 'journal.json'), { print: printer() })
    await dispatch('journal:loadSample', {}, opened.handlers)
    const result = await dispatch('print:cheatsheet', { eventId: 'ev-conference', paper: 'A4', to: 'pdf' }, opened.handlers)
    await opened.store.close()
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/^Kith could not save the PDF to .*conference\.pdf: ENOENT: no such file or directory/)
    expect(existsSync(missing)).toBe(false)
    expect(created[0]!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }))
  })

  it('the system print dialog gets the paper size too', async () => {
    await expect(printer()({ ...request, to: 'printer', paper: 'A4' })).resolves.toEqual({ outcome: 'printed' })
    expect(created[0]!.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4' }), expect.any(Function))
    expect(dialogMock.showSaveDialog).not.toHaveBeenCalled()
  })

  it('without a printer (the browser bridge) the call says to use the browser instead', async () => {
    const store = await JournalStore.open(join(folder, 'journal.json'))
    const handlers = createJournalService(store)
    await dispatch('journal:loadSample', {}, handlers)
    const result = await dispatch('print:cheatsheet', { eventId: 'ev-conference', paper: 'A4', to: 'printer' }, handlers)
    await store.close()
    expect(result).toEqual({ ok: false, error: { message: "Printing needs the Kith desktop app; use your browser's Print instead." } })
  })
})
