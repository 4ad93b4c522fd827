/** @vitest-environment node */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { FakeBrowserWindow } from './fakeElectron'

/**
 * A second look at the window, across every window Kith makes: main and print get the same
 * locked-down preferences, and no file under electron/ turns one of them off or makes a
 * window some other way. (window.test.ts covers the main window's navigation rules.)
 */

vi.mock('electron', async () => {
  const fake = await import('./fakeElectron')
  return {
    BrowserWindow: fake.FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
  }
})

const { createMainWindow } = await import('../../../electron/main/window/mainWindow')
const { createPrintWindow } = await import('../../../electron/main/print/electronPrinter')
const { FakeBrowserWindow: Windows } = await import('./fakeElectron')

const FILE = '/opt/Kith/resources/app.asar/out/renderer/index.html'
const PRELOAD = '/opt/Kith/resources/app.asar/out/preload/index.cjs'
const location = { url: `file://${FILE}`, file: FILE }

/** Every kind of window the app creates, made the way the app makes it. */
const WINDOWS: [string, () => void][] = [
  ['main', () => createMainWindow(location, PRELOAD)],
  ['print', () => createPrintWindow(location, PRELOAD)],
]

function madeBy(make: () => void): FakeBrowserWindow {
  const before = Windows.all.length
  make()
  expect(Windows.all.length, 'exactly one new window').toBe(before + 1)
  return Windows.all.at(-1)!
}

describe('every window Kith creates', () => {
  it.each(WINDOWS)('the %s window is isolated, sandboxed, without Node, webviews or insecure content', (_name, make) => {
    const prefs = madeBy(make).options.webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    // Our preload and no other: the path the app passed in, nothing added beside it.
    expect(prefs.preload).toBe(PRELOAD)
    expect(Object.keys(prefs).filter((key) => /preload/i.test(key))).toEqual(['preload'])
    expect(prefs).not.toHaveProperty('enableRemoteModule')
  })

  it('the print window is exactly as locked down as the main window', () => {
    const main = madeBy(WINDOWS[0]![1]).options.webPreferences
    const print = madeBy(WINDOWS[1]![1]).options.webPreferences
    expect(print).toEqual(main)
  })

  it('the app passes the preload it builds itself, from electron/preload', () => {
    const index = readFileSync(resolve('electron/main/index.ts'), 'utf8')
    expect(index).toMatch(/const preload = fileURLToPath\(new URL\('\.\.\/preload\/index\.cjs', import\.meta\.url\)\)/)
    const config = readFileSync(resolve('electron.vite.config.ts'), 'utf8')
    expect(config).toMatch(/input: \{ index: resolve\(__dirname, 'electron\/preload\/index\.ts'\) \}/)
  })
})

/** Settings that would undo the isolation if any code path set them. */
const FORBIDDEN: [RegExp, string][] = [
  [/nodeIntegration\w*['"]?\s*[:=]\s*true/, 'nodeIntegration turned on'],
  [/contextIsolation['"]?\s*[:=]\s*false/, 'contextIsolation turned off'],
  [/sandbox['"]?\s*[:=]\s*false/, 'sandbox turned off'],
  [/webSecurity['"]?\s*[:=]\s*false/, 'webSecurity turned off'],
  [/allowRunningInsecureContent['"]?\s*[:=]\s*true/, 'insecure content allowed'],
  [/webviewTag['"]?\s*[:=]\s*true/, 'webview tag allowed'],
  [/enableRemoteModule/, 'the remote module'],
  [/experimentalFeatures['"]?\s*[:=]\s*true/, 'experimental features turned on'],
  [/--no-sandbox|no-sandbox['"]/, 'the sandbox switched off from the command line'],
  [/\b(?:setPreloads|registerPreloadScript)\s*\(/, 'a second preload registered on a session'],
  [/\bnew\s+(?:BrowserView|WebContentsView)\s*\(/, 'a web view outside the two known windows'],
]

const WINDOW_FILES = ['electron/main/window/mainWindow.ts', 'electron/main/print/electronPrinter.ts']

/** Each problem as "file:line: what", so a failure says where to look. */
function scanForInsecureWindows(file: string, source: string): string[] {
  const problems: string[] = []
  source.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(line)) problems.push(`${where}: ${what}`)
    if (/\bnew\s+BrowserWindow\s*\(/.test(line) && !WINDOW_FILES.includes(file))
      problems.push(`${where}: a BrowserWindow made outside ${WINDOW_FILES.join(' and ')}`)
    // A value given to `preload:` (not a comment, not a `preload: string` parameter type).
    const code = !/^\s*(?:\/\/|\*|\/\*)/.test(line)
    if (code && /\bpreload\s*:(?!\s*string\b)/.test(line) && file !== 'electron/main/window/secureWindow.ts')
      problems.push(`${where}: a preload set outside secureWebPreferences`)
  })
  return problems
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) ? [path] : []
  })
}

describe('no code path turns the window settings off', () => {
  const files = sourceFiles(resolve('electron')).map((path) => relative(resolve('.'), path).split('\\').join('/'))

  it('scans the whole main process, preload and bridge', () => {
    expect(files).toEqual(expect.arrayContaining([...WINDOW_FILES, 'electron/main/index.ts', 'electron/preload/index.ts', 'electron/bridge/server.ts']))
  })

  it('finds no insecure setting, extra window or extra preload in any file under electron/', () => {
    const problems = files.flatMap((file) => scanForInsecureWindows(file, readFileSync(file, 'utf8')))
    expect(problems).toEqual([])
  })

  it('makes BrowserWindows only in the two known files', () => {
    const makers = files.filter((file) => /\bnew\s+BrowserWindow\s*\(/.test(readFileSync(file, 'utf8')))
    expect(makers.sort()).toEqual([...WINDOW_FILES].sort())
  })

  // The scan is only worth something if it catches what it looks for.
  it.each([
    ['webPreferences: { nodeIntegration: true }', 'nodeIntegration turned on'],
    ["{ 'nodeIntegrationInSubFrames': true }", 'nodeIntegration turned on'],
    ['prefs.contextIsolation = false', 'contextIsolation turned off'],
    ['sandbox:false,', 'sandbox turned off'],
    ['webSecurity: false', 'webSecurity turned off'],
    ['allowRunningInsecureContent: true', 'insecure content allowed'],
    ['enableRemoteModule: false', 'the remote module'],
    ['experimentalFeatures: true', 'experimental features turned on'],
    ["app.commandLine.appendSwitch('no-sandbox')", 'the sandbox switched off from the command line'],
    ['session.defaultSession.registerPreloadScript({ filePath })', 'a second preload registered on a session'],
    ['const view = new WebContentsView({})', 'a web view outside the two known windows'],
  ])('catches %s', (line, what) => {
    expect(scanForInsecureWindows('electron/main/somewhere.ts', line)).toEqual([`electron/main/somewhere.ts:1: ${what}`])
  })

  it('catches a window or a preload made in some other file', () => {
    expect(scanForInsecureWindows('electron/main/tray/popup.ts', 'const popup = new BrowserWindow({ webPreferences: { preload: other } })')).toEqual([
      'electron/main/tray/popup.ts:1: a BrowserWindow made outside electron/main/window/mainWindow.ts and electron/main/print/electronPrinter.ts',
      'electron/main/tray/popup.ts:1: a preload set outside secureWebPreferences',
    ])
  })
})
