/** @vitest-environment node */
import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, FakeWebContents } from './fakeElectron'

const shell = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }))
vi.mock('electron', async () => {
  const fake = await import('./fakeElectron')
  return { BrowserWindow: fake.FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: true }, shell }
})

const { createMainWindow } = await import('../../../electron/main/window/mainWindow')
const { hardenWebContents, secureWebPreferences } = await import('../../../electron/main/window/secureWindow')

const FILE = '/opt/Kith/resources/app.asar/out/renderer/index.html'
const PRELOAD = '/opt/Kith/resources/app.asar/out/preload/index.cjs'

function navigationEvent(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra }
}

beforeEach(() => shell.openExternal.mockClear())

describe('the main window', () => {
  it('is isolated, sandboxed and without Node, with every secure preference', () => {
    const window = createMainWindow({ url: `file://${FILE}`, file: FILE }, PRELOAD) as unknown as FakeBrowserWindow
    const prefs = window.options.webPreferences!
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: PRELOAD })
    expect(prefs).toEqual(secureWebPreferences(PRELOAD))
    expect(prefs).toMatchObject({ webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, nodeIntegrationInSubFrames: false })
  })

  it('loads the renderer from its file, or from the dev server in development', () => {
    const packaged = createMainWindow({ url: `file://${FILE}`, file: FILE }, PRELOAD) as unknown as FakeBrowserWindow
    expect(packaged.loaded).toEqual({ file: FILE })
    const dev = createMainWindow({ url: 'http://localhost:5173/' }, PRELOAD) as unknown as FakeBrowserWindow
    expect(dev.loaded).toEqual({ url: 'http://localhost:5173/' })
  })

  it('hardens its web contents: window.open is denied, safe links go to the OS browser', () => {
    const window = createMainWindow({ url: `file://${FILE}`, file: FILE }, PRELOAD) as unknown as FakeBrowserWindow
    const open = window.webContents.windowOpenHandler!
    expect(open({ url: 'https://example.com/talk' })).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/talk')
  })
})

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents(`file://${FILE}`)
    const opened: string[] = []
    hardenWebContents(contents as unknown as WebContents, (url) => opened.push(url))
    return { contents, opened }
  }

  it('denies every new window and opens only http, https and mailto outside', () => {
    const { contents, opened } = hardened()
    for (const url of [
      'https://example.com/',
      'http://example.com/a',
      'mailto:ada@example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'kith://x',
      'not a url',
    ]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual(['https://example.com/', 'http://example.com/a', 'mailto:ada@example.com'])
  })

  it('cancels every navigation, even to the app itself, and never opens javascript: or file: URLs', () => {
    const { contents, opened } = hardened()
    for (const url of [`file://${FILE}#/people`, 'javascript:alert(1)', 'file:///etc/passwd', 'https://linkedin.com/in/ada']) {
      const event = navigationEvent()
      contents.emit('will-navigate', event, url)
      expect(event.preventDefault, url).toHaveBeenCalled()
    }
    expect(opened).toEqual(['https://linkedin.com/in/ada'])
  })

  it('cancels sub-frame navigation, redirects and webviews', () => {
    const { contents } = hardened()
    const subframe = navigationEvent({ isMainFrame: false, url: 'https://evil.example/' })
    contents.emit('will-frame-navigate', subframe)
    expect(subframe.preventDefault).toHaveBeenCalled()
    const redirect = navigationEvent()
    contents.emit('will-redirect', redirect)
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = navigationEvent()
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('hardens a web contents once, however often it is asked (one link, one browser tab)', () => {
    const { contents, opened } = hardened()
    hardenWebContents(contents as unknown as WebContents, (url) => opened.push(url))
    expect(contents.count('will-navigate')).toBe(1)
    contents.emit('will-navigate', navigationEvent(), 'https://example.com/')
    expect(opened).toEqual(['https://example.com/'])
  })
})

describe('openInBrowser', () => {
  it('hands only parsed http, https and mailto URLs to the OS', async () => {
    const { openInBrowser } = await import('../../../electron/main/window/openInBrowser')
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://share/x', ' https://example.com/ok ']) openInBrowser(url)
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/ok']])
  })
})
