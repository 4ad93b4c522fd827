/**
 * Ubuntu 24.04 and later (AppArmor) forbid unprivileged user namespaces, so an Electron run from
 * node_modules aborts with "The SUID sandbox helper binary was found, but is not configured
 * correctly" unless its chrome-sandbox helper is owned by root with the setuid bit
 * (electron/electron#42510). Kith keeps the sandbox on, so it says beforehand how to fix that.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The advice for this machine, or undefined when none is needed.
 * @param {{ platform: string, restrictsUserNamespaces: boolean, sandboxHelper: string, helper?: { uid: number, mode: number } }} machine
 */
export function sandboxAdvice(machine) {
  if (machine.platform !== 'linux' || !machine.restrictsUserNamespaces || !machine.helper) return undefined
  const setuidRoot = machine.helper.uid === 0 && (machine.helper.mode & 0o4000) !== 0
  if (setuidRoot) return undefined
  return [
    "Kith: this Linux restricts the user namespaces Electron's sandbox needs (AppArmor), so the window may not open.",
    `Kith: once, give Electron's sandbox helper its rights: sudo chown root:root ${machine.sandboxHelper} && sudo chmod 4755 ${machine.sandboxHelper}`,
  ].join('\n')
}

/**
 * Reads the machine's side of the advice for the Electron executable at `electronPath`.
 * @param {string} electronPath
 */
export function inspectMachine(electronPath) {
  const sandboxHelper = join(dirname(electronPath), 'chrome-sandbox')
  let restrictsUserNamespaces = false
  try {
    restrictsUserNamespaces = readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1'
  } catch {
    // No such setting: user namespaces are not restricted by AppArmor here.
  }
  let helper
  try {
    const stat = statSync(sandboxHelper)
    helper = { uid: stat.uid, mode: stat.mode }
  } catch {
    // No helper beside this Electron (a stand-in, or another OS): nothing to advise.
  }
  return { platform: process.platform, restrictsUserNamespaces, sandboxHelper, helper }
}
