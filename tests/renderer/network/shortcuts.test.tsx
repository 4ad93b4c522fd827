import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { networkActions } from '../../../renderer/src/components/network/networkActions'
import { NetworkShortcuts } from '../../../renderer/src/components/network/NetworkShortcuts'
import { gapLabel } from '../../../renderer/src/components/network/stages'
import { personWith } from '../../support/journalBuilder'
import { fakeKith, renderWithKith } from '../fakeKith'

vi.setConfig({ testTimeout: 20_000 })
// The open form lives in a module-level store: start every test with none open.
afterEach(() => networkActions.close())

describe('the global shortcuts', () => {
  it("opens quick capture when the tray's Quick add asks for it", async () => {
    const kith = fakeKith()
    renderWithKith(<NetworkShortcuts />, kith)
    act(() => kith.push({ type: 'quick-add' }))
    expect(await screen.findByRole('dialog', { name: 'Quick capture: people you met' })).toBeTruthy()
  })

  it('logs a conversation with Ctrl+L, already knowing the person whose page is open', async () => {
    const kith = fakeKith({
      'interactions:create': (input) => ({ id: 'i-1', ...(input as object) }),
      'people:list': () => [personWith({ id: 'p-dana', name: 'Dana Reyes' })],
    })
    renderWithKith(<NetworkShortcuts />, kith, '/people/p-dana')
    fireEvent.keyDown(document.documentElement, { key: 'l', code: 'KeyL', ctrlKey: true })
    expect(await screen.findByRole('dialog', { name: 'Log a conversation' })).toBeTruthy()
    fireEvent.change(screen.getByRole('textbox', { name: /What we talked about/ }), { target: { value: 'Quick call' } })
    fireEvent.click(screen.getByRole('button', { name: 'Log conversation' }))
    await screen.findByText('Coffee logged.')
    expect(kith.callsTo('interactions:create')).toEqual([expect.objectContaining({ personIds: ['p-dana'], summary: 'Quick call' })])
  })
})

describe('gaps between entries on a person’s timeline', () => {
  it('reads as a person would say it', () => {
    expect(gapLabel(0)).toBe('the same day')
    expect(gapLabel(1)).toBe('1 day later')
    expect(gapLabel(10)).toBe('10 days later')
    expect(gapLabel(21)).toBe('3 weeks later')
    expect(gapLabel(92)).toBe('3 months later')
    expect(gapLabel(800)).toBe('2.2 years later')
  })
})
