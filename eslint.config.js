import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

const DOOR = 'Only renderer/src/api/ may touch window.kith: read through api/queries (useQuery), write through api/mutations.'
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'events']

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is pure: no Node, no Electron, no DOM, so both processes can use it.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...nodeBuiltins, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], message: 'shared/ must stay pure TypeScript: no Node, Electron, DOM or React.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The renderer talks to the main process only through window.kith.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Built-in modules by exact name: as a pattern, 'events' would also refuse the renderer's own api/queries/events.
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.filter((name) => !name.includes('*')).map((name) => ({ name, message: 'The renderer reaches the main process only through window.kith.' })),
          patterns: [{ group: ['electron', '**/electron/**', 'node:*'], message: 'The renderer reaches the main process only through window.kith.' }],
        },
      ],
    },
  },
  {
    // One door (as Excalidraw fences its state library): reads are cached in one place and writes share one error policy.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-properties': ['error', ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'kith', message: DOOR }))],
    },
  },
  {
    // The journal store never touches Electron, so it runs (and is tested) in plain Node.
    files: ['electron/main/journal/**/*.ts', 'electron/main/api/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The journal service and the bridge must not depend on Electron.' }] }] },
  },
  {
    // Stand-ins for executables run as plain CommonJS scripts (an extensionless file is CommonJS to Node).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
