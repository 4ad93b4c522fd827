/** @vitest-environment node */
import { expect, it, vi } from 'vitest'

const electron = vi.hoisted(async () => (await import('./fakeElectron')).fakeElectronModule({ singleInstance: false, userData: '/nonexistent' }))
vi.mock('electron', async () => await electron)

it('a second launch quits at once: no window, no journal, no IPC', async () => {
  const fake = await electron
  await import('../../../electron/main/index')
  expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
  expect(fake.app.quit).toHaveBeenCalledTimes(1)
  expect(fake.app.whenReady).not.toHaveBeenCalled()
  expect(fake.ipcMain.calls).toEqual([])
  expect(fake.BrowserWindow.all).toEqual([])
})
