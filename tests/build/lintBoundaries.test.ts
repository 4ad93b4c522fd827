/** @vitest-environment node */
import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') })

/** The import rules' complaints about `code` as if it were the file at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', filePath) })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

const IMPORTS_ELECTRON = "import { app } from 'electron'\nexport const name = app.getName()\n"

describe('the boundaries lint draws in the tree', () => {
  it.each([
    'electron/main/journal/handlers/people.ts',
    'electron/main/journal/reminders/scheduler.ts',
    'electron/main/journal/api/dispatch.ts',
    'electron/main/journal/journalStore.ts',
    'electron/bridge/server.ts',
  ])('refuses electron in %s (the main process without Electron)', async (file) => {
    const found = await refusals(file, IMPORTS_ELECTRON)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/run without Electron/)
  })

  it.each([
    'electron/main/window/mainWindow.ts',
    'electron/main/tray/createTray.ts',
    'electron/main/reminders/notifier.ts',
    'electron/main/print/electronPrinter.ts',
    'electron/main/ipc/registerApi.ts',
  ])('lets the Electron wiring in %s import electron', async (file) => {
    expect(await refusals(file, IMPORTS_ELECTRON)).toEqual([])
  })

  it('keeps shared/ free of Node by module name, without refusing its own modules that share a name', async () => {
    expect(await refusals('shared/api/contract.ts', "import { eventCalls } from './calls/events'\nexport const calls = eventCalls\n")).toEqual([])
    expect(await refusals('shared/api/contract.ts', "import { EventEmitter } from 'events'\nexport const E = EventEmitter\n")).toHaveLength(1)
    expect(await refusals('shared/api/contract.ts', "import { readFile } from 'node:fs/promises'\nexport const r = readFile\n")).toHaveLength(1)
  })
})
