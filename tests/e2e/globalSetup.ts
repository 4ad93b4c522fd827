import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Browser tests run against the built renderer: build once unless CI already did. */
export default function setup() {
  if (process.env.KITH_E2E_SKIP_BUILD && existsSync('out/renderer/index.html')) return
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error('electron-vite build failed; browser tests need the built renderer.')
}
