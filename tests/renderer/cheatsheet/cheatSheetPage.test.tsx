import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cheatSheet, PRINT_READY_ATTRIBUTE } from '../../../shared/derive/cheatSheet'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { CheatSheetPage } from '../../../renderer/src/pages/CheatSheetPage'
import { fakeKith, renderWithKith, type FakeKith } from '../fakeKith'

const now = new Date('2026-11-29T12:00:00Z')
const journal = generateSampleJournal({ now })
const SHEET = cheatSheet(
  journal,
  journal.events.find((e) => e.id === 'ev-conference')!,
  now,
)
const NO_PRINTER = "Printing needs the Kith desktop app; use your browser's Print instead."

function renderPage(kith: FakeKith, route: string) {
  return renderWithKith(
    <Routes>
      <Route path="/events/:id/cheat-sheet" element={<CheatSheetPage />} />
    </Routes>,
    kith,
    route,
  )
}

/** happy-dom has no window.print; the browser's dialog is the thing to stand in for. */
function stubWindowPrint() {
  const print = vi.fn()
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true })
  return print
}

afterEach(() => {
  vi.restoreAllMocks()
  delete window.kith
  window.localStorage.clear()
})

describe('the cheat sheet page', () => {
  it('previews the sheet: everyone expected, what to ask, my answers, and no private note', async () => {
    renderPage(fakeKith({ 'cheatsheet:get': () => SHEET }), '/events/ev-conference/cheat-sheet')
    const preview = await screen.findByRole('region', { name: /Preview on (A4|Letter) paper/ })
    for (const person of SHEET.people) expect(within(preview).getByRole('heading', { name: person.name })).toBeTruthy()
    expect(within(preview).getByText(/Studied at Purdue/)).toBeTruthy()
    expect(within(preview).getByText(SHEET.mine.elevatorPitch)).toBeTruthy()
    expect(document.body.textContent).not.toContain('Going through a divorce')
  })

  it("uses the browser's own Print in a browser, where there is no desktop printer", async () => {
    const print = stubWindowPrint()
    const kith = fakeKith({ 'cheatsheet:get': () => SHEET })
    renderPage(kith, '/events/ev-conference/cheat-sheet')
    // No Save as PDF button in a browser: its print dialog does that.
    await screen.findByRole('button', { name: 'Print…' })
    expect(screen.queryByRole('button', { name: 'Save as PDF…' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Print…' }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    expect(kith.callsTo('print:cheatsheet')).toEqual([])
  })

  it('falls back to the browser dialog when the app answers that it has no printer', async () => {
    const print = stubWindowPrint()
    const kith = fakeKith({
      'cheatsheet:get': () => SHEET,
      'print:cheatsheet': () => {
        throw new Error(NO_PRINTER)
      },
    })
    window.kith = kith.api
    renderPage(kith, '/events/ev-conference/cheat-sheet')
    await userEvent.click(await screen.findByRole('radio', { name: 'Letter' }))
    await userEvent.click(screen.getByRole('button', { name: 'Print…' }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    expect(kith.callsTo('print:cheatsheet')).toEqual([{ eventId: 'ev-conference', paper: 'Letter', to: 'printer' }])
  })

  it('saves a PDF through the desktop app on the chosen paper and says where', async () => {
    const kith = fakeKith({ 'cheatsheet:get': () => SHEET, 'print:cheatsheet': () => ({ outcome: 'saved', path: '/home/me/conference.pdf' }) })
    window.kith = kith.api
    renderPage(kith, '/events/ev-conference/cheat-sheet')
    await userEvent.click(await screen.findByRole('radio', { name: 'A4' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save as PDF…' }))
    expect(await screen.findByText('/home/me/conference.pdf')).toBeTruthy()
    expect(kith.callsTo('print:cheatsheet')).toEqual([{ eventId: 'ev-conference', paper: 'A4', to: 'pdf' }])
  })

  it('shows a printing failure the user can read', async () => {
    const kith = fakeKith({
      'cheatsheet:get': () => SHEET,
      'print:cheatsheet': () => {
        throw new Error('Printing failed: the printer is out of paper.')
      },
    })
    window.kith = kith.api
    renderPage(kith, '/events/ev-conference/cheat-sheet')
    await userEvent.click(await screen.findByRole('button', { name: 'Print…' }))
    expect(await screen.findByText('Printing failed: the printer is out of paper.')).toBeTruthy()
  })
})

describe('the print route the hidden window loads', () => {
  it('shows only the sheet and tells the window it is ready', async () => {
    renderPage(fakeKith({ 'cheatsheet:get': () => SHEET }), '/events/ev-conference/cheat-sheet?print=1&paper=Letter')
    await waitFor(() => expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('ready'))
    expect(document.documentElement.getAttribute('data-kith-print')).toBe('all')
    expect(screen.queryByRole('button', { name: 'Print…' })).toBeNull()
    expect(screen.getByRole('heading', { level: 1, name: 'Midwest Growth Conference' })).toBeTruthy()
  })

  it('hands the window the reason when the sheet cannot load', async () => {
    const kith = fakeKith({
      'cheatsheet:get': () => {
        throw new Error('No event with id "ev-gone" is in this journal.')
      },
    })
    renderPage(kith, '/events/ev-gone/cheat-sheet?print=1&paper=A4')
    await waitFor(() =>
      expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe(
        'Kith could not load the cheat sheet: No event with id "ev-gone" is in this journal.',
      ),
    )
  })
})

describe('an event nobody I know is coming to', () => {
  it('says how to fill the sheet instead of printing empty boxes', async () => {
    const empty = { ...SHEET, people: [], wantToMeet: [], mine: { name: '', elevatorPitch: '', answers: [] } }
    renderPage(fakeKith({ 'cheatsheet:get': () => empty }), '/events/ev-conference/cheat-sheet')
    const preview = await screen.findByRole('region', { name: /Preview on/ })
    expect(within(preview).getByText('People I know who are coming (0)')).toBeTruthy()
    expect(within(preview).getByText(/Nobody you know is expected yet. Add expected attendees on the event page/)).toBeTruthy()
    expect(within(preview).getByText('No elevator pitch yet: write one in Settings.')).toBeTruthy()
    expect(within(preview).queryByText('Want to meet')).toBeNull()
  })
})
