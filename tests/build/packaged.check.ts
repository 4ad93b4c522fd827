/** @vitest-environment node */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { beforeAll, describe, expect, it } from 'vitest'

const unpacked = process.env.KITH_UNPACKED ?? 'release/linux-unpacked'
const asar = join(unpacked, 'resources', 'app.asar')
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }

let entries: string[]

beforeAll(() => {
  if (!existsSync(asar)) throw new Error(`${asar} is missing: run .ci/checks.sh, which builds it with electron-builder --dir first.`)
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
})

describe('app.asar', () => {
  it('holds the built main, preload (CommonJS) and renderer', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(entries).toContain(file)
    expect(entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true)
  })

  it('ships the renderer with its strict Content-Security-Policy', () => {
    const html = extractFile(asar, 'out/renderer/index.html').toString('utf8')
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*default-src 'none'; script-src 'self'/)
  })

  it('holds every production dependency, lowdb’s steno included', () => {
    for (const name of [...Object.keys(manifest.dependencies), 'lowdb', 'steno', 'zod']) expect(entries, name).toContain(`/node_modules/${name}/package.json`)
  })

  it('holds every package the main bundle imports at run time (no "Cannot find module" on a user\'s machine)', () => {
    const main = extractFile(asar, 'out/main/index.js').toString('utf8')
    // `} from "x"`, `import "x"` and `import("x")`, but not `Array.from(",")`.
    const specifiers = [...main.matchAll(/(?:[\s}]from\s*|^import\s*|\bimport\s*\(\s*)["']([^"'.][^"']*)["']/gm)].map((m) => m[1]!)
    const packages = new Set(
      specifiers
        .filter((s) => !s.startsWith('node:') && s !== 'electron')
        .map((s) =>
          s
            .split('/')
            .slice(0, s.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    )
    expect(packages.size).toBeGreaterThan(0)
    for (const name of packages) expect(entries, name).toContain(`/node_modules/${name}/package.json`)
  })

  it('holds nothing but the build, the manifest and production modules', () => {
    const topLevel = new Set(entries.map((e) => e.split('/')[1]))
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json'])
    for (const source of ['/tests/', '/renderer/src/', '/electron/', '/shared/', '/scripts/', '/build/'])
      expect(
        entries.filter((e) => e.startsWith(source)),
        source,
      ).toEqual([])
    expect(entries.filter((e) => /\.(tsx?|map)$/.test(e) && !e.startsWith('/node_modules/'))).toEqual([])
  })

  it('holds no development dependency (React is bundled, not shipped; no vite, no electron)', () => {
    const devOnly = Object.keys(manifest.devDependencies).filter((name) => !(name in manifest.dependencies))
    expect(devOnly).toEqual(expect.arrayContaining(['react', 'vite', 'electron', 'vitest']))
    for (const name of devOnly) expect(entries, name).not.toContain(`/node_modules/${name}`)
  })
})

describe('the Electron fuses', () => {
  // @electron/fuses' layout: a sentinel, the wire version, its length, then one byte per fuse.
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
  const FUSES = [
    'runAsNode',
    'enableCookieEncryption',
    'enableNodeOptionsEnvironmentVariable',
    'enableNodeCliInspectArguments',
    'enableEmbeddedAsarIntegrityValidation',
    'onlyLoadAppFromAsar',
    'loadBrowserProcessSpecificV8Snapshot',
    'grantFileProtocolExtraPrivileges',
  ]

  it('are flipped in the packaged executable', () => {
    const binary = readFileSync(join(unpacked, 'kith'))
    const at = binary.indexOf(SENTINEL)
    expect(at, 'fuse sentinel in the packaged executable').toBeGreaterThan(-1)
    const length = binary[at + SENTINEL.length + 1]!
    const wire = Object.fromEntries(FUSES.slice(0, length).map((name, i) => [name, String.fromCharCode(binary[at + SENTINEL.length + 2 + i]!)]))
    expect(wire).toMatchObject({
      runAsNode: '0',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      onlyLoadAppFromAsar: '1',
      enableEmbeddedAsarIntegrityValidation: '1',
      enableCookieEncryption: '1',
    })
  })
})
