#!/usr/bin/env node
/**
 * A stand-in for the Electron executable (the real one cannot be downloaded on CI machines).
 * electron-vite starts it exactly as it would start Electron: `<exe> <entry> [args]`, in the
 * project folder, with ELECTRON_RENDERER_URL pointing at its dev server. It writes down how it
 * was started and what it found, to the file named by KITH_STANDIN_REPORT, then exits 0
 * (or, with KITH_STANDIN_HOLD set, stays up like a window would, until it is stopped).
 */
const { existsSync, readFileSync, writeFileSync } = require('node:fs')
const { join, resolve } = require('node:path')

async function look() {
  const [, self, entry, ...args] = process.argv
  // Electron resolves an app folder through its package.json "main".
  const appDir = resolve(process.cwd(), entry)
  const main = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).main
  const mainPath = resolve(appDir, main)
  const preloadPath = resolve(mainPath, '../../preload/index.cjs')
  const rendererUrl = process.env.ELECTRON_RENDERER_URL
  const fetched = {}
  if (rendererUrl) {
    for (const path of ['/', '/src/main.tsx']) {
      const response = await fetch(new URL(path, rendererUrl))
      const body = await response.text()
      fetched[path] = { status: response.status, hasRoot: body.includes('<div id="root"></div>'), length: body.length }
    }
  }
  return {
    self,
    entry,
    args,
    cwd: process.cwd(),
    mainPath,
    mainExists: existsSync(mainPath),
    preloadExists: existsSync(preloadPath),
    env: { ELECTRON_RENDERER_URL: rendererUrl, NODE_ENV_ELECTRON_VITE: process.env.NODE_ENV_ELECTRON_VITE },
    fetched,
  }
}

look().then(
  (report) => {
    writeFileSync(process.env.KITH_STANDIN_REPORT, JSON.stringify(report, null, 2))
    // electron-vite stops its dev server when Electron exits: holding keeps it serving.
    if (process.env.KITH_STANDIN_HOLD) setInterval(() => undefined, 60_000)
  },
  (error) => {
    writeFileSync(process.env.KITH_STANDIN_REPORT, JSON.stringify({ error: String(error && error.stack) }))
    process.exitCode = 1
  },
)
