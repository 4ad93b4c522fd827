#!/usr/bin/env node
/**
 * `npm run electron:install`: fetch Electron's runtime through Electron's own installer.
 * With --postinstall (run by `npm install` / `npm ci`) a failed download is reported in two lines
 * and the install goes on: the tests, the build and the browser mode need no Electron binary.
 */
import { ensureElectron } from './runtime.mjs'

const root = process.cwd()
const postinstall = process.argv.includes('--postinstall')

// The variable Electron's installer honoured up to Electron 35; CI machines set it (no internet there).
if (postinstall && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Kith: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron runtime was not downloaded; `npm run dev` will fetch it.')
  process.exit(0)
}

const result = ensureElectron(root, process.env, (line) => console.log(line))
if (!result.ok) {
  console.error(result.message)
  process.exit(postinstall ? 0 : 1)
}
