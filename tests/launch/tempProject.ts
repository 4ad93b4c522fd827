import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'

const repo = resolve(import.meta.dirname, '../..')
const SOURCES = ['package.json', 'tsconfig.json', 'electron.vite.config.ts', 'electron.vite.chunks.ts', 'electron', 'renderer', 'shared', 'scripts']
/** Copied, not linked: Electron keeps its download inside its own package folder, and
 * electron-vite finds Electron from where it lives, so both must be this project's own. */
const OWN_PACKAGES = new Set(['electron', 'electron-vite'])

/** What Electron's installer adds to its package: the runtime and the note of where it is. */
const isDownload = (path: string) => path === 'path.txt' || path === 'dist' || path.startsWith(`dist${sep}`)

/**
 * A fresh copy of Kith as a new user's clone looks after `npm install`: the sources, and a
 * node_modules with no Electron runtime in it. Other packages are links to this checkout's
 * (all of them with `linkElectron`, for tests that bring their own Electron or a mock of it).
 */
export function freshProject(options: { linkElectron?: boolean } = {}): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kith-launch-'))
  for (const name of SOURCES) cpSync(join(repo, name), join(dir, name), { recursive: true })
  const modules = join(dir, 'node_modules')
  mkdirSync(modules)
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name === '.bin' || name.startsWith('.')) continue
    const from = join(repo, 'node_modules', name)
    if (OWN_PACKAGES.has(name) && !options.linkElectron)
      cpSync(from, join(modules, name), { recursive: true, filter: (path) => name !== 'electron' || !isDownload(relative(from, path)) })
    else symlinkSync(from, join(modules, name), 'dir')
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The environment of a person's shell: none of the Electron overrides a developer may have set. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(ELECTRON_|npm_|electron_)/i.test(key)))
  return { ...env, npm_config_update_notifier: 'false', ELECTRON_GET_NO_PROGRESS: '1', ...extra }
}

export type Run = { code: number | null; stdout: string; stderr: string }

/** Runs an npm script as the README says to, and collects what a person would see. */
export function npmRun(dir: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

export const STAND_IN_SOURCE = resolve(import.meta.dirname, 'standInElectron.cjs')

/** Puts the stand-in Electron into `folder` under Electron's executable name, ready to run. */
export function installStandIn(folder: string): string {
  const executable = join(folder, process.platform === 'win32' ? 'electron.exe' : 'electron')
  copyFileSync(STAND_IN_SOURCE, executable)
  chmodSync(executable, 0o755)
  return executable
}
