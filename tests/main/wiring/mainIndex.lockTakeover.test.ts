/** @vitest-environment node */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'

const setup = vi.hoisted(async () => {
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const folder = await mkdtemp(`${tmpdir()}/kith-takeover-`)
  return { folder, electron: (await import('./fakeElectron')).fakeElectronModule({ singleInstance: true, userData: folder }) }
})
vi.mock('electron', async () => (await setup).electron)

it('a 30-day-old lock from another computer is taken over once the user confirms in a dialog that names the lock file', async () => {
  const { folder, electron: fake } = await setup
  const journal = join(folder, 'journal.json')
  writeFileSync(`${journal}.lock`, JSON.stringify({ pid: 4242, host: 'old-laptop', since: new Date(Date.now() - 30 * 86_400_000).toISOString() }))
  process.env.KITH_JOURNAL = journal
  await import('../../../electron/main/index')
  await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(1), { timeout: 5_000 })

  expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1)
  expect(fake.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({ detail: expect.stringContaining(`${journal}.lock`) })
  expect(JSON.parse(readFileSync(`${journal}.lock`, 'utf8')).pid).toBe(process.pid)
  expect(fake.dialog.showErrorBox).not.toHaveBeenCalled()

  fake.app.emit('before-quit', { preventDefault: vi.fn() })
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 5_000 })
  delete process.env.KITH_JOURNAL
})
