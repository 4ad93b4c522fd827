/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { shutdownOnSignal } from '../../electron/bridge/shutdown'
import { openJournal } from '../../electron/main/journal/openJournal'
import { tempJournalPath } from '../main/journal/helpers'

const diskFull = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))

describe('stopping the bridge on SIGTERM', () => {
  it('with the disk full, says so and exits 1 instead of an unhandled rejection', async () => {
    let full = false
    const { store, handlers } = await openJournal(tempJournalPath(), {
      watch: false,
      writeFile: (path, data) => (full ? diskFull() : import('node:fs/promises').then((fs) => fs.writeFile(path, data))),
    })
    full = true
    await expect(handlers['people:create']({ name: 'Dana Reyes' })).rejects.toThrow(/disk is full/)
    const exits: number[] = []
    const logged: string[] = []
    let bridgeClosed = false
    const stop = shutdownOnSignal(
      { store, bridge: { close: async () => void (bridgeClosed = true) }, reminders: { stop: () => undefined } },
      { exit: (code) => exits.push(code), log: (message) => logged.push(message) },
    )

    // Two signals in a row (a supervisor repeating SIGTERM): one stop, which resolves.
    await expect(Promise.all([stop(), stop()])).resolves.toBeDefined()

    expect(exits).toEqual([1])
    expect(logged.join('\n')).toMatch(/without saving its latest changes: The disk is full/)
    expect(bridgeClosed).toBe(true)
  })

  it('exits 0 once everything is saved', async () => {
    const { store } = await openJournal(tempJournalPath(), { watch: false })
    const exits: number[] = []
    await shutdownOnSignal(
      { store, bridge: { close: async () => undefined }, reminders: { stop: () => undefined } },
      { exit: (code) => exits.push(code), log: () => undefined },
    )()
    expect(exits).toEqual([0])
  })
})
