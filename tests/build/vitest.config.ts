import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The packaging check: runs only from .ci/checks.sh, after electron-builder has assembled
 * release/linux-unpacked. Its files end in .check.ts so `npm test` never picks them up.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: { name: 'package', environment: 'node', include: ['tests/build/**/*.check.ts'] },
})
