/** @vitest-environment node */
/**
 * The same wiring checks as mainIndex.test.ts, against the bundle `npm run dev` builds and
 * Electron would run (out/main/index.js), not the sources: a fresh copy of the project runs the
 * real `npm run dev` with a stand-in Electron, then the built bundle is loaded with a mocked `electron`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, vi } from 'vitest'
import { cleanEnv, freshProject, installStandIn, npmRun } from '../../launch/tempProject'
import { mainWiringSuite } from './mainWiringSuite'

const setup = vi.hoisted(async () => (await import('./fakeElectron')).fakeElectronInTempFolder('kith-bundle-'))
vi.mock('electron', async () => (await setup).electron)

let fake: Awaited<typeof setup>['electron']
let folder: string
let project: ReturnType<typeof import('../../launch/tempProject').freshProject>

beforeAll(async () => {
  ;({ folder, electron: fake } = await setup)
  project = freshProject({ linkElectron: true })
  const standIn = installStandIn(folder)
  const report = join(folder, 'stand-in.json')
  const run = await npmRun(project.dir, 'dev', cleanEnv({ ELECTRON_EXEC_PATH: standIn, KITH_STANDIN_REPORT: report }))
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
  const bundle = join(project.dir, 'out/main/index.js')
  expect((JSON.parse(readFileSync(report, 'utf8')) as { mainPath: string }).mainPath).toBe(bundle)

  process.env.KITH_JOURNAL = join(folder, 'journal.json')
  await import(/* @vite-ignore */ bundle)
  await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(1), { timeout: 30_000 })
  // The window's preload is the one the same build wrote beside the bundle.
  expect(fake.BrowserWindow.all[0]!.options.webPreferences!.preload).toBe(join(project.dir, 'out/preload/index.cjs'))
  expect(existsSync(join(project.dir, 'out/preload/index.cjs'))).toBe(true)
}, 240_000)

afterAll(async () => {
  fake.app.emit('before-quit', { preventDefault: vi.fn() })
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 10_000 })
  delete process.env.KITH_JOURNAL
  rmSync(folder, { recursive: true, force: true })
  project?.remove()
}, 30_000)

mainWiringSuite(() => fake)
