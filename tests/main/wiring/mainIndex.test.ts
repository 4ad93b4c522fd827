/** @vitest-environment node */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, vi } from 'vitest'
import { mainWiringSuite } from './mainWiringSuite'

// Hoisted above the imports (vi.mock runs first), so the fake comes through a dynamic import.
const setup = vi.hoisted(async () => (await import('./fakeElectron')).fakeElectronInTempFolder('kith-main-'))
vi.mock('electron', async () => (await setup).electron)

let fake: Awaited<typeof setup>['electron']
let folder: string

beforeAll(async () => {
  ;({ folder, electron: fake } = await setup)
  process.env.KITH_JOURNAL = join(folder, 'journal.json')
  await import('../../../electron/main/index')
  // start() runs after whenReady: wait until it has opened the journal and made the window.
  await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(1), { timeout: 5_000 })
})

afterAll(async () => {
  // Quitting closes the journal (and releases its lock) before the app quits.
  fake.app.emit('before-quit', { preventDefault: vi.fn() })
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 5_000 })
  delete process.env.KITH_JOURNAL
  rmSync(folder, { recursive: true, force: true })
})

mainWiringSuite(() => fake)
