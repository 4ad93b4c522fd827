import { join } from 'node:path'
import type { ChangeSource, JournalStore } from '../journal/journalStore'

/** The flag a login launch passes, so Kith can start in the tray without opening its window. */
export const HIDDEN_FLAG = '--hidden'
const DESKTOP_FILE = 'kith.desktop'

export type AutostartFs = {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  writeFile(path: string, text: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
}

export type LaunchAtLoginDeps = {
  platform: NodeJS.Platform
  setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[] }) => void
  fs: AutostartFs
  /** The user's config folder ($XDG_CONFIG_HOME or ~/.config). */
  configHome: string
  /** What to run at login: the AppImage or the executable, then its arguments. */
  exec: string
  args: string[]
}

/**
 * One argument of a desktop entry's Exec line (XDG Desktop Entry spec): quoted, with
 * `"`, `` ` ``, `$` and `\` escaped inside the quotes, then every `\` escaped again
 * because the value is a string, and `%` doubled because it starts a field code.
 */
export function quoteExecArgument(arg: string): string {
  if (/[\n\r]/.test(arg)) throw new Error('A path with a line break cannot go in an autostart entry.')
  const quoted = `"${arg.replace(/(["`$\\])/g, '\\$1')}"`
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%')
}

/** The XDG autostart entry that starts Kith, hidden in the tray, when the user logs in. */
export function autostartDesktopEntry(exec: string, args: string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Kith',
    'Comment=Follow-up reminders from your relationship journal',
    `Exec=${[exec, ...args].map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

export function autostartPath(configHome: string): string {
  return join(configHome, 'autostart', DESKTOP_FILE)
}

/** macOS and Windows: Electron's login items. Linux: write or remove the XDG autostart entry. */
export async function applyLaunchAtLogin(openAtLogin: boolean, deps: LaunchAtLoginDeps): Promise<void> {
  if (deps.platform === 'darwin') return deps.setLoginItemSettings({ openAtLogin })
  if (deps.platform === 'win32') return deps.setLoginItemSettings({ openAtLogin, args: [HIDDEN_FLAG] })
  if (deps.platform !== 'linux') return
  const file = autostartPath(deps.configHome)
  if (!openAtLogin) return deps.fs.rm(file, { force: true })
  await deps.fs.mkdir(join(deps.configHome, 'autostart'), { recursive: true })
  await deps.fs.writeFile(file, autostartDesktopEntry(deps.exec, [...deps.args, HIDDEN_FLAG]))
}

/**
 * Applies Settings → launch at login now (the executable may have moved since the last
 * run) and whenever it changes.
 */
export function watchLaunchAtLogin(
  store: Pick<JournalStore, 'journal'> & ChangeSource,
  deps: LaunchAtLoginDeps,
  onError: (error: unknown) => void = (error) => console.error('Kith launch at login:', error),
): () => void {
  let applied: boolean | undefined
  const sync = () => {
    const wanted = store.journal.settings.launchAtLogin
    if (wanted === applied) return
    applied = wanted
    applyLaunchAtLogin(wanted, deps).catch(onError)
  }
  sync()
  return store.onChange(sync)
}
