import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain'
import { RemindersSettings } from '../../../renderer/src/components/settings/RemindersSettings'
import { fakeKith, renderWithKith } from '../fakeKith'

const stored: Settings = {
  ...DEFAULT_SETTINGS,
  onboarded: true,
  cadenceByTag: { clients: 30 },
  weeklyReviewRemindedAt: '2026-11-27T16:00:00.000Z',
  trayHintShown: true,
}

function renderSettings() {
  const kith = fakeKith({
    'settings:get': () => stored,
    'settings:update': (input) => ({ ...stored, ...(input as { patch: Partial<Settings> }).patch }),
    'people:overview': () => ({ rows: [], tags: ['clients', 'friends'], companies: [] }),
  })
  const view = renderWithKith(<RemindersSettings />, kith)
  // Leaving the page: what is still waiting to be saved is saved at once.
  return Object.assign(kith, { leave: () => view.unmount() })
}
/** Saved as you go: several saves may happen while typing; the last one holds everything. */
const lastUpdate = (kith: ReturnType<typeof renderSettings>) => kith.callsTo('settings:update').at(-1)

describe('Settings → Reminders', { timeout: 30_000 }, () => {
  it('sends only the fields that changed, never the scheduler stamps', async () => {
    const kith = renderSettings()
    await userEvent.click(await screen.findByRole('switch', { name: /Hold notifications during quiet hours/ }))
    const start = screen.getByLabelText('From')
    await userEvent.clear(start)
    await userEvent.type(start, '22:30')
    await screen.findByText('Saved')
    kith.leave()
    expect(lastUpdate(kith)).toEqual({ patch: { quietHours: { enabled: true, start: '22:30', end: '08:00' } } })
    expect(JSON.stringify(kith.callsTo('settings:update'))).not.toMatch(/weeklyReviewRemindedAt|trayHintShown/)
  })

  it('adds a cadence for a tag', async () => {
    const kith = renderSettings()
    await userEvent.type(await screen.findByRole('combobox', { name: 'Tag to give a cadence' }), 'friends')
    await userEvent.click(screen.getByRole('button', { name: 'Add tag cadence' }))
    const days = screen.getByRole('textbox', { name: 'Days between contacts for friends' })
    await userEvent.clear(days)
    await userEvent.type(days, '60')
    kith.leave()
    expect(lastUpdate(kith)).toEqual({ patch: { cadenceByTag: { clients: 30, friends: 60 } } })
  })

  it('refuses a cadence of zero days at the field and saves nothing', async () => {
    const kith = renderSettings()
    const days = await screen.findByRole('textbox', { name: /Keep in touch every/ })
    await userEvent.clear(days)
    await userEvent.type(days, '0')
    expect(await screen.findByText('Enter a whole number of days from 1 to 3650')).toBeTruthy()
    kith.leave()
    expect(kith.callsTo('settings:update')).toEqual([])
  })

  it('says that launch at login only stores the setting in the browser', async () => {
    renderSettings()
    expect(await screen.findByText('In the browser this only stores the setting; the desktop app applies it.')).toBeTruthy()
  })
})
