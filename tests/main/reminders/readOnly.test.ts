/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest'
import { startReminders } from '../../../electron/main/journal/reminders/startReminders'
import { generateSampleJournal } from '../../../shared/sample/generate'

describe('reminders over a journal written by a newer Kith (read-only)', () => {
  it('still shows what is due, and never tries to write the journal', async () => {
    const now = new Date('2026-11-29T12:00:00Z')
    const journal = generateSampleJournal({ now })
    const mutate = vi.fn(() => Promise.reject(new Error('read-only')))
    const notify = vi.fn()
    const onError = vi.fn()
    const running = startReminders({
      store: { journal, onChange: () => () => undefined, mutate, readOnly: true },
      notify,
      now: () => now,
      onError,
      setTimer: () => 0,
      clearTimer: () => undefined,
    })
    await vi.waitFor(() => expect(notify).toHaveBeenCalled())
    const shown = notify.mock.calls.flatMap(([batch]) => batch as unknown[])
    expect(shown.length).toBeGreaterThan(0)
    expect(mutate).not.toHaveBeenCalled()
    expect(onError).not.toHaveBeenCalled()
    running.stop()
  })
})
