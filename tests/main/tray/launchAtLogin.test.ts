/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest'
import { applyLaunchAtLogin, autostartDesktopEntry, quoteExecArgument } from '../../../electron/main/tray/launchAtLogin'
import { trayIconPixels } from '../../../electron/main/tray/trayIcon'

vi.mock('electron', () => import('./fakeElectron'))

describe('the XDG autostart entry', () => {
  it('quotes the executable so spaces, $ and % survive the desktop-entry rules', () => {
    expect(quoteExecArgument('/opt/Kith/kith')).toBe('"/opt/Kith/kith"')
    expect(quoteExecArgument('/home/ann/My Apps/Kith 100%.AppImage')).toBe('"/home/ann/My Apps/Kith 100%%.AppImage"')
    // `$` is escaped as \$ inside the quotes, and that backslash is escaped again as a string.
    expect(quoteExecArgument('/home/$USER/kith')).toBe('"/home/\\\\$USER/kith"')
    expect(() => quoteExecArgument('/tmp/evil\nExec=rm')).toThrow(/line break/)
  })

  it('is a valid desktop entry that starts Kith hidden', () => {
    expect(autostartDesktopEntry('/opt/Kith/kith', ['--hidden'])).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Kith',
        'Comment=Follow-up reminders from your relationship journal',
        'Exec="/opt/Kith/kith" "--hidden"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    )
  })

  it('is written through the injected fs on linux only', async () => {
    const fs = { mkdir: vi.fn(async () => undefined), writeFile: vi.fn(async () => {}), rm: vi.fn(async () => {}) }
    const setLoginItemSettings = vi.fn()
    const deps = { fs, setLoginItemSettings, configHome: '/home/ann/.config', exec: '/opt/Kith/kith', args: [] }
    await applyLaunchAtLogin(true, { ...deps, platform: 'linux' })
    expect(fs.writeFile).toHaveBeenCalledWith('/home/ann/.config/autostart/kith.desktop', expect.stringContaining('Exec="/opt/Kith/kith" "--hidden"'))
    await applyLaunchAtLogin(false, { ...deps, platform: 'linux' })
    expect(fs.rm).toHaveBeenCalledWith('/home/ann/.config/autostart/kith.desktop', { force: true })
    await applyLaunchAtLogin(true, { ...deps, platform: 'darwin' })
    expect(setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
    expect(fs.writeFile).toHaveBeenCalledTimes(1)
  })
})

describe('the tray icon', () => {
  it('is a ring around a dot: opaque on the ring and the dot, transparent between and at the corners', () => {
    const size = 32
    const alpha = (x: number, y: number) => trayIconPixels(size, [12, 133, 153])[(y * size + x) * 4 + 3]
    expect(alpha(16, 16)).toBe(255) // the dot
    expect(alpha(16, 2)).toBe(255) // the ring
    expect(alpha(16, 8)).toBe(0) // between
    expect(alpha(0, 0)).toBe(0) // a corner
  })
})
