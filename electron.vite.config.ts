import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { appSharedChunk, preloadApp } from './electron.vite.chunks'
import { CHANNELS } from './shared/api/contract'

// The call names, taken from the contract at build time: the sandboxed preload stays a few KB and the page
// carries no zod (whose eval probe the page's CSP refuses) and no schemas.
const CALL_NAMES = { __KITH_CHANNELS__: JSON.stringify(CHANNELS) }

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    define: CALL_NAMES,
    build: {
      // A sandboxed preload must be one CommonJS file with nothing to require but electron.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), preloadApp('src/App.tsx')],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // What the app needs at start and shares with lazy pages: one chunk, not a dozen.
        output: {
          codeSplitting: {
            groups: [
              {
                name: appSharedChunk(resolve(__dirname, 'renderer/src/App.tsx'), resolve(__dirname, 'renderer/src/main.tsx')),
                minShareCount: 2,
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
  },
})
