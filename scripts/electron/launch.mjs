#!/usr/bin/env node
/**
 * `npm run dev` and `npm run preview`: make sure Electron's runtime is there (downloading it once
 * if not), then hand over to electron-vite's own CLI with ELECTRON_EXEC_PATH set, which
 * electron-vite honours. Without this, electron-vite only reads node_modules/electron/path.txt
 * and dies with "Electron uninstall" on a fresh install.
 *   node scripts/electron/launch.mjs dev [electron-vite args] [-- app args]
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { inspectMachine, sandboxAdvice } from './linuxSandbox.mjs'
import { ensureElectron } from './runtime.mjs'

const root = process.cwd()
const args = process.argv.slice(2)

const electron = ensureElectron(root, process.env, (line) => console.log(line))
if (!electron.ok) {
  console.error(electron.message)
  process.exit(1)
}

const advice = sandboxAdvice(inspectMachine(electron.path))
if (advice) console.warn(advice)

const require = createRequire(join(root, 'package.json'))
const manifest = require.resolve('electron-vite/package.json')
const cli = join(dirname(manifest), /** @type {{ bin: Record<string, string> }} */ (require(manifest)).bin['electron-vite'])
const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: electron.path } })
// Ctrl+C reaches electron-vite through the terminal's process group; its exit is ours.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
