/**
 * `npm run dev:browser -- --journal <file> [--port N]`: the real app in a browser.
 * Builds the renderer when its sources are newer than the build, opens the journal with
 * the same service as the Electron main process, and prints the URL with its token.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openJournal } from '../main/journal/openJournal'
import { journalChangedEvent } from '../main/journal/journalChange'
import { readFlag } from '../main/journal/journalPath'
import { shutdownOnSignal } from './shutdown'
import { startBridge } from './server'
import { startBridgeReminders } from './reminders'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const rendererDir = join(projectRoot, 'out/renderer')

function newestMtime(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function buildIfNeeded() {
  const index = join(rendererDir, 'index.html')
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  const sources = Math.max(newestMtime(join(projectRoot, 'renderer')), newestMtime(join(projectRoot, 'shared')))
  if (built >= sources) return
  console.log('Building the renderer…')
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('The build failed; see above.')
    process.exit(1)
  }
}

async function main() {
  const argv = process.argv.slice(2)
  const journalFlag = readFlag(argv, 'journal') ?? process.env.KITH_JOURNAL
  if (!journalFlag) {
    console.error('Usage: npm run dev:browser -- --journal <file.json> [--port N]\n(or set KITH_JOURNAL). The file is created if it does not exist.')
    process.exit(2)
  }
  const portFlag = readFlag(argv, 'port')
  const port = portFlag === undefined ? 0 : Number(portFlag)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${portFlag}".`)
    process.exit(2)
  }
  if (!argv.includes('--no-build')) buildIfNeeded()

  const { store, handlers, warmUp, onImportProgress } = await openJournal(resolve(journalFlag))
  const bridge = await startBridge({ handlers, rendererDir, port })
  warmUp()
  store.onChange((change) => bridge.push(journalChangedEvent(change)))
  onImportProgress((progress) => bridge.push({ type: 'import:progress', progress }))
  const reminders = startBridgeReminders(store, bridge)
  console.log(`Kith journal: ${store.path}`)
  console.log(`Kith is served at ${bridge.url}`)

  const stop = shutdownOnSignal({ store, bridge, reminders }, { exit: (code) => process.exit(code), log: (message) => console.error(message) })
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error(`Kith could not start: ${(error as Error).message}`)
  process.exit(1)
})
