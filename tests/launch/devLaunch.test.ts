/** @vitest-environment node */
/**
 * The README's run command, `npm run dev`, as a new user meets it: a fresh project with no
 * Electron runtime in node_modules. These run the real npm scripts, Electron's own installer
 * and electron-vite's own code; only the Electron executable is a stand-in (it cannot be
 * downloaded on CI machines), started through the variables Electron and electron-vite document.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanEnv, freshProject, installStandIn, npmRun, STAND_IN_SOURCE, type Run } from './tempProject'
import { closedAddress, startMirror } from './mirror'
import { storedZip } from './zip'

const ELECTRON_VERSION = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules/electron/package.json'), 'utf8')) as { version: string })
  .version
// Each case builds the main process and starts a dev server: minutes, not seconds, on a busy machine.
const LONG = 240_000

type Report = {
  self: string
  entry: string
  cwd: string
  mainPath: string
  mainExists: boolean
  preloadExists: boolean
  env: { ELECTRON_RENDERER_URL?: string; NODE_ENV_ELECTRON_VITE?: string }
  fetched: Record<string, { status: number; hasRoot: boolean }>
}

let project: ReturnType<typeof freshProject>
let scratch: string

beforeAll(() => {
  project = freshProject()
  scratch = mkdtempSync(join(tmpdir(), 'kith-launch-scratch-'))
})

afterAll(() => {
  project?.remove()
  rmSync(scratch, { recursive: true, force: true })
})

const output = (run: Run) => `${run.stdout}\n${run.stderr}`
const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report

/** What the stand-in must have seen when electron-vite started it as it starts Electron. */
function expectKithStarted(report: Report, executable: string) {
  expect(report.self).toBe(executable)
  expect(report.entry).toBe('.')
  expect(report.cwd).toBe(project.dir)
  expect(report.mainPath).toBe(join(project.dir, 'out/main/index.js'))
  expect(report.mainExists).toBe(true)
  expect(report.preloadExists).toBe(true)
  expect(report.env.NODE_ENV_ELECTRON_VITE).toBe('development')
  expect(report.env.ELECTRON_RENDERER_URL).toMatch(/^http:\/\/localhost:\d+$/)
  // The dev server the window would load answers with Kith's page and its compiled entry.
  expect(report.fetched['/']).toEqual(expect.objectContaining({ status: 200, hasRoot: true }))
  expect(report.fetched['/src/main.tsx']?.status).toBe(200)
}

describe('npm run dev on a fresh install', () => {
  it('with no Electron runtime and no network, says what failed and what to do, and exits non-zero', { timeout: LONG }, async () => {
    const env = cleanEnv({ ELECTRON_MIRROR: await closedAddress(), electron_config_cache: join(scratch, 'cache-offline') })
    const run = await npmRun(project.dir, 'dev', env)
    expect(run.code).not.toBe(0)
    expect(output(run)).not.toMatch(/Electron uninstall/)
    expect(run.stderr).toContain(`Kith: could not download Electron ${ELECTRON_VERSION}, the desktop runtime`)
    expect(run.stderr).toContain('then retry: npm run electron:install')
    expect(run.stderr).toContain('Kith: meanwhile the same app opens in your browser: npm run dev:browser -- --journal <file>')
    // Nothing was built or started: the failure comes before electron-vite.
    expect(existsSync(join(project.dir, 'out'))).toBe(false)
  })

  it('npm install goes on offline: the same two lines, and success', { timeout: LONG }, async () => {
    const env = cleanEnv({ ELECTRON_MIRROR: await closedAddress(), electron_config_cache: join(scratch, 'cache-offline') })
    const run = await npmRun(project.dir, 'postinstall', env)
    expect(run.code).toBe(0)
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('Kith:'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/could not download Electron .*retry: npm run electron:install$/)
    expect(lines[1]).toContain('npm run dev:browser -- --journal <file>')
  })

  it('npm ci on a machine that sets ELECTRON_SKIP_BINARY_DOWNLOAD (as CI does) skips the download and says so', { timeout: LONG }, async () => {
    const env = cleanEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_MIRROR: await closedAddress() })
    const run = await npmRun(project.dir, 'postinstall', env)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('the Electron runtime was not downloaded; `npm run dev` will fetch it')
    expect(output(run)).not.toContain('could not download')
  })

  it("downloads the runtime through Electron's own installer, then starts it with Kith's main entry", { timeout: LONG }, async () => {
    const fileName = `electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`
    // Inside the zip the executable sits where Electron's installer expects it on this OS.
    const executable = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'
    const zip = storedZip([
      { name: executable, content: readFileSync(STAND_IN_SOURCE), mode: 0o755 },
      { name: 'version', content: Buffer.from(`v${ELECTRON_VERSION}`), mode: 0o644 },
    ])
    const mirror = await startMirror(ELECTRON_VERSION, fileName, zip)
    try {
      const report = join(scratch, 'downloaded.json')
      const env = cleanEnv({
        ELECTRON_MIRROR: mirror.url,
        // The checksums shipped with Electron are for the real zip; the mirror serves its own.
        electron_use_remote_checksums: '1',
        electron_config_cache: join(scratch, 'cache-online'),
        KITH_STANDIN_REPORT: report,
      })
      const run = await npmRun(project.dir, 'dev', env)
      expect(run.code, output(run)).toBe(0)
      expect(mirror.requests).toContain(`/v${ELECTRON_VERSION}/${fileName}`)
      expect(run.stdout).toContain(`Kith: Electron ${ELECTRON_VERSION} is ready.`)
      const installed = join(project.dir, 'node_modules/electron/dist', executable)
      expect(readFileSync(join(project.dir, 'node_modules/electron/path.txt'), 'utf8')).toBe(executable)
      expectKithStarted(readReport(report), installed)

      // A second start finds the runtime and downloads nothing.
      mirror.requests.length = 0
      const again = await npmRun(project.dir, 'dev', env)
      expect(again.code, output(again)).toBe(0)
      expect(mirror.requests).toEqual([])
      expect(again.stdout).not.toContain('downloading')
    } finally {
      await mirror.close()
    }
  })

  it(
    'starts an Electron named by ELECTRON_EXEC_PATH (electron-vite) or ELECTRON_OVERRIDE_DIST_PATH (Electron), passing app arguments on',
    { timeout: LONG },
    async () => {
      const folder = mkdtempSync(join(scratch, 'dist-'))
      const executable = installStandIn(folder)

      const viaExecPath = join(scratch, 'exec-path.json')
      const run = await npmRun(project.dir, 'dev', cleanEnv({ ELECTRON_EXEC_PATH: executable, KITH_STANDIN_REPORT: viaExecPath }))
      expect(run.code, output(run)).toBe(0)
      expectKithStarted(readReport(viaExecPath), executable)

      const viaDist = join(scratch, 'override-dist.json')
      const other = await npmRun(project.dir, 'dev', cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: folder, KITH_STANDIN_REPORT: viaDist }), [
        '--',
        '--journal',
        '/tmp/elsewhere.json',
      ])
      expect(other.code, output(other)).toBe(0)
      const report = readReport(viaDist)
      expectKithStarted(report, executable)
      expect((report as Report & { args: string[] }).args).toEqual(['--journal', '/tmp/elsewhere.json'])
    },
  )
})
