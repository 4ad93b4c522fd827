/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs script run by npm before anything is built; it has no type declarations
import { sandboxAdvice } from '../../scripts/electron/linuxSandbox.mjs'

const helper = '/home/ada/kith/node_modules/electron/dist/chrome-sandbox'
const ubuntu = { platform: 'linux', restrictsUserNamespaces: true, sandboxHelper: helper }

describe("advice for Linux machines that restrict Electron's sandbox", () => {
  it('on Ubuntu 24.04 with the helper as npm left it, says exactly what to run, once', () => {
    const advice = sandboxAdvice({ ...ubuntu, helper: { uid: 1000, mode: 0o100755 } }) as string
    const lines = advice.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('the window may not open')
    expect(lines[1]).toContain(`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`)
  })

  it('says nothing once the helper is setuid root, where namespaces are allowed, off Linux, or with no helper', () => {
    expect(sandboxAdvice({ ...ubuntu, helper: { uid: 0, mode: 0o104755 } })).toBeUndefined()
    expect(sandboxAdvice({ ...ubuntu, restrictsUserNamespaces: false, helper: { uid: 1000, mode: 0o100755 } })).toBeUndefined()
    expect(sandboxAdvice({ ...ubuntu, platform: 'darwin', helper: { uid: 501, mode: 0o100755 } })).toBeUndefined()
    expect(sandboxAdvice({ ...ubuntu, helper: undefined })).toBeUndefined()
    // Root-owned but without the setuid bit is still refused by the kernel's rules.
    expect(typeof sandboxAdvice({ ...ubuntu, helper: { uid: 0, mode: 0o100755 } })).toBe('string')
  })
})
