import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

// By exact name, not as a path pattern: a pattern 'events' would also refuse a module of our own named events.ts.
const nodeBuiltins = (message) => ({ regex: '^(node:.*|fs|path|os|crypto|child_process|http|url|util|stream|events)(/.*)?$', message })
const DOOR = 'Only renderer/src/api/ may touch window.kith: read through api/queries (useQuery), write through api/mutations.'

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
              message: 'shared/ must stay pure TypeScript: no Node, Electron, DOM or React.',
            },
            nodeBuiltins('shared/ must stay pure TypeScript: no Node, Electron, DOM or React.'),
          ],
        },
      ],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/electron/**'], message: 'The renderer reaches the main process only through window.kith.' },
            nodeBuiltins('The renderer reaches the main process only through window.kith.'),
          ],
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
    // electron/main/journal/ is the main process without Electron: the store, the calls' handlers, dispatch,
    // reminder scheduling. It runs (and is tested) in plain Node; the Electron wiring sits beside it
    // (window/, tray/, ipc/, print/, reminders/). The browser bridge reuses it, so it may not import Electron either.
    files: ['electron/main/journal/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'electron/main/journal/ and the bridge run without Electron: put Electron wiring beside them (window/, tray/, ipc/, print/, reminders/).',
            },
          ],
          patterns: [{ group: ['electron/*'], message: 'electron/main/journal/ and the bridge run without Electron.' }],
        },
      ],
    },
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
