import { mkdir, readFile, rename, chmod } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import { Journal, SCHEMA_VERSION } from '../../../shared/domain'
import { describeIssue } from '../api/dispatch'

export type LoadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; journal: Journal }
  | { kind: 'newer'; journal: unknown; version: number }
  | { kind: 'damaged'; reason: string }

/** Reads and validates the journal file without ever changing it. */
export async function readJournalFile(path: string): Promise<LoadResult> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  return parseJournalBytes(bytes)
}

export function parseJournalBytes(bytes: Buffer): LoadResult {
  if (bytes.length === 0) return { kind: 'damaged', reason: 'the file is empty' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { kind: 'damaged', reason: 'the file is not UTF-8 text' }
  }
  if (text.includes('\u0000')) return { kind: 'damaged', reason: 'the file holds NUL bytes (it was probably cut short by a crash)' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { kind: 'damaged', reason: `the file is not valid JSON (${(error as Error).message})` }
  }
  const version = (raw as { schemaVersion?: unknown })?.schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { kind: 'newer', journal: raw, version }
  const parsed = Journal.safeParse(raw)
  if (!parsed.success) {
    return { kind: 'damaged', reason: `the journal does not match Kith's format: ${describeRecordIssue(raw, parsed.error.issues[0]!)}` }
  }
  return { kind: 'ok', journal: parsed.data }
}

/** Names the record as a person would find it: "people[3] (Dana Reyes): emails.0 must be an email address". */
function describeRecordIssue(raw: unknown, issue: Parameters<typeof describeIssue>[0]): string {
  const [collection, index, ...rest] = issue.path
  if (typeof collection === 'string' && typeof index === 'number') {
    const record = (raw as Record<string, Array<Record<string, unknown>>>)[collection]?.[index]
    const label = record?.name ?? record?.title ?? record?.summary ?? record?.id
    const where = `${collection}[${index}]${typeof label === 'string' ? ` (${label.slice(0, 60)})` : ''}`
    const field = rest.map(String).join('.')
    return `${where}: ${field ? `${field} ` : ''}${issue.message}`
  }
  return describeIssue(issue).message
}

/** Moves a damaged journal aside, byte for byte, so nothing is ever overwritten. */
export async function moveAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const name = basename(path).replace(/\.json$/i, '')
  const target = join(dirname(path), `${name}.corrupt-${stamp}.json`)
  await rename(path, target)
  return target
}

/** The journal's folder is private to the user: 0700 (ignored on Windows). */
export async function ensurePrivateFolder(path: string): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true, mode: 0o700 })
  if (process.platform !== 'win32') await chmod(folder, 0o700).catch(() => undefined)
}
