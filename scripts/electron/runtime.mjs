/**
 * Finding, and if need be fetching, the Electron runtime that `npm run dev` starts.
 *
 * Why this exists: Electron 45 has no install script (it fetches its binary the first time
 * `require('electron')` runs), while electron-vite 6 only reads `node_modules/electron/path.txt`
 * and throws "Electron uninstall" when it is missing, without trying the download. So on a fresh
 * clone `npm install && npm run dev` opened no window. Kith asks Electron's own installer
 * (`electron/install.js`, which uses @electron/get with Electron's checksums) for the binary at
 * install time and again before `dev`, and says what to do when that fails.
 *
 * Plain Node (no TypeScript, no dependencies): it runs from `postinstall`, before anything is built.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The command that retries the download by hand (declared in package.json). */
export const RETRY_COMMAND = 'npm run electron:install'

/** @param {string} root the project folder (holds package.json) */
export function electronPackage(root) {
  const require = createRequire(join(root, 'package.json'))
  const manifest = require.resolve('electron/package.json')
  return { dir: dirname(manifest), version: /** @type {{ version: string }} */ (require(manifest)).version }
}

/**
 * Where the Electron executable is, by the same rules Electron and electron-vite use:
 * `ELECTRON_EXEC_PATH` (electron-vite), `ELECTRON_OVERRIDE_DIST_PATH` (Electron), else the
 * download recorded in `node_modules/electron/path.txt`. Undefined when there is none yet.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string, from: string } | undefined}
 */
export function findElectron(root, env) {
  if (env.ELECTRON_EXEC_PATH) return { path: env.ELECTRON_EXEC_PATH, from: 'ELECTRON_EXEC_PATH' }
  const { dir } = electronPackage(root)
  const pathFile = join(dir, 'path.txt')
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { path: join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded || executableName()), from: 'ELECTRON_OVERRIDE_DIST_PATH' }
  }
  if (!recorded) return undefined
  const path = join(dir, 'dist', recorded)
  return existsSync(path) ? { path, from: 'node_modules/electron' } : undefined
}

/** The executable's name inside an Electron zip, as Electron's installer names it. */
function executableName() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return process.platform === 'win32' ? 'electron.exe' : 'electron'
}

/**
 * Runs Electron's own installer once. Its stack trace is kept out of the way: the reason
 * (its first error line) goes into Kith's two-line message instead.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
export function downloadElectron(root, env) {
  const { dir } = electronPackage(root)
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] })
  if (result.status === 0 && findElectron(root, env)) return { ok: true }
  const output = `${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`
  const reason = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|HTTP/i.test(line) && !line.startsWith('at '))
  // "TypeError: fetch failed" reads better to a person as "fetch failed".
  return { ok: false, reason: reason?.replace(/^[A-Za-z]*Error: /, '') ?? `the installer exited with ${result.status ?? result.signal}` }
}

/**
 * The two lines a person reads when the download failed: what failed and how to retry, then
 * the way to use Kith meanwhile.
 * @param {string} version
 * @param {string} reason
 */
export function offlineMessage(version, reason) {
  return [
    `Kith: could not download Electron ${version}, the desktop runtime (${reason}). Check the connection or proxy (README: "If the window does not open"), then retry: ${RETRY_COMMAND}`,
    'Kith: meanwhile the same app opens in your browser: npm run dev:browser -- --journal <file>',
  ].join('\n')
}

/**
 * Makes sure an Electron executable exists, downloading it once if not.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} say
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function ensureElectron(root, env, say) {
  const found = findElectron(root, env)
  if (found) {
    if (existsSync(found.path)) return { ok: true, path: found.path }
    return { ok: false, message: `Kith: ${found.from} points at ${found.path}, which does not exist. Fix or unset ${found.from}, then run the command again.` }
  }
  const { version } = electronPackage(root)
  say(`Kith: downloading Electron ${version}, the desktop runtime (about 100 MB, once)...`)
  const download = downloadElectron(root, env)
  if (!download.ok) return { ok: false, message: offlineMessage(version, download.reason) }
  const ready = /** @type {{ path: string }} */ (findElectron(root, env))
  say(`Kith: Electron ${version} is ready.`)
  return { ok: true, path: ready.path }
}
