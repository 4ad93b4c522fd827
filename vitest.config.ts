import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { CHANNELS } from './shared/api/contract'

export default defineConfig({
  plugins: [react()],
  // As electron.vite.config.ts gives the preload: the call names, from the contract.
  define: { __KITH_CHANNELS__: JSON.stringify(CHANNELS) },
  test: {
    // Caps for a hung test, not measures of speed: on a busy 2-core machine a property test or a
    // dialog opening can take many times its quiet-machine duration, and must still pass.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/main/**/*.test.ts',
            'tests/bridge/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/launch/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'renderer', environment: 'happy-dom', include: ['tests/renderer/**/*.test.{ts,tsx}'], setupFiles: ['tests/renderer/setup.ts'] },
      },
    ],
  },
})
