import { isAbsolute, join, resolve } from 'node:path'

/**
 * Where the journal lives: `--journal <file>` (or `--journal=<file>`), else the
 * KITH_JOURNAL environment variable, else `journal.json` in the app's data folder.
 */
export function resolveJournalPath(argv: readonly string[], env: Record<string, string | undefined>, dataFolder: string, cwd = process.cwd()): string {
  const flag = readFlag(argv, 'journal') ?? env.KITH_JOURNAL
  if (!flag) return join(dataFolder, 'journal.json')
  return isAbsolute(flag) ? flag : resolve(cwd, flag)
}

export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === `--${name}`) return argv[i + 1]
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return undefined
}
