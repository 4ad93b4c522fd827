import { isUtf8 } from 'node:buffer'
import { chmod, link, mkdir, readFile, readdir, realpath, rename, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, Journal, Profile, SCHEMA_VERSION, Settings, emptyJournal } from '../../../shared/domain'
import { describeIssue } from './api/dispatch'
import { parseJournalRecords } from './journalValidator'
import { wereCheckedBefore } from './journalChecked'
import { migrateJournal } from './migrations'
import { setAsideInvalidRecords, type SetAsideRecord } from './setAside'

export type LoadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; journal: Journal; migratedFrom?: number; applied: string[]; setAside?: SetAsideRecord[] }
  | { kind: 'newer'; journal: Journal; version: number }
  | { kind: 'damaged'; reason: string }

/** Reads and validates the journal file without ever changing it. */
export async function readJournalFile(path: string, now: Date = new Date()): Promise<LoadResult> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  return parseJournalBytes(bytes, now, { recordsChecked: await wereCheckedBefore(path, bytes) })
}

/** `recordsChecked`: these are the very bytes Kith last wrote, so their records need no second check. */
export function parseJournalBytes(bytes: Buffer, now: Date = new Date(), { recordsChecked = false } = {}): LoadResult {
  if (bytes.length === 0) return { kind: 'damaged', reason: 'the file is empty' }
  if (bytes.every((byte) => byte === 0)) return { kind: 'damaged', reason: 'the file holds only NUL bytes (it was probably cut short by a crash)' }
  // isUtf8 and indexOf run on the bytes at memory speed; a fatal TextDecoder took a quarter of opening 16 MB.
  if (!isUtf8(bytes)) return { kind: 'damaged', reason: 'the file is not UTF-8 text' }
  if (bytes.indexOf(0) !== -1) return { kind: 'damaged', reason: 'the file holds NUL bytes (it was probably cut short by a crash)' }
  const decoded = bytes.toString('utf8')
  // A byte-order mark (some editors add one) is not part of the JSON.
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { kind: 'damaged', reason: `the file is not valid JSON, or it was cut short (${(error as Error).message})` }
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { kind: 'newer', journal: salvageNewer(raw, now), version }
  const migrated = migrateJournal(raw)
  // A migrated journal is new data: always checked.
  const parsed = parseJournalRecords(migrated.journal, undefined, { recordsChecked: recordsChecked && migrated.applied.length === 0 })
  if (!parsed.success) {
    // A bad record never costs the journal: the valid records open, the invalid ones are set aside.
    const salvaged = setAsideInvalidRecords(migrated.journal)
    if (salvaged)
      return {
        kind: 'ok',
        journal: salvaged.journal,
        migratedFrom: migrated.applied.length > 0 ? migrated.from : undefined,
        applied: migrated.applied,
        setAside: salvaged.setAside,
      }
    return { kind: 'damaged', reason: `the journal does not match Kith's format: ${describeRecordIssue(migrated.journal, parsed.error.issues[0]!)}` }
  }
  return { kind: 'ok', journal: parsed.data, migratedFrom: migrated.applied.length > 0 ? migrated.from : undefined, applied: migrated.applied }
}

/**
 * A newer Kith's journal is shown read-only: every record this version understands
 * is kept for reading; what it cannot read is left out of the view, never out of the file.
 */
function salvageNewer(raw: unknown, now: Date): Journal {
  const source = raw as Record<string, unknown>
  const whole = Journal.safeParse({ ...source, schemaVersion: SCHEMA_VERSION })
  if (whole.success) return whole.data
  const journal = emptyJournal(now)
  const lists = ['people', 'events', 'interactions', 'referrals', 'followUps', 'reviews', 'icebreakers', 'trash'] as const
  for (const key of lists) {
    const list = source[key]
    const item = Journal.shape[key].element
    if (Array.isArray(list))
      (journal[key] as unknown[]) = list.flatMap((record) => {
        const parsed = item.safeParse(record)
        return parsed.success ? [parsed.data] : []
      })
  }
  journal.profile = Profile.safeParse(source.profile).data ?? structuredClone(DEFAULT_PROFILE)
  journal.settings = Settings.safeParse(source.settings).data ?? structuredClone(DEFAULT_SETTINGS)
  return journal
}

/** Names the record as a person would find it: "people[3] (Dana Reyes): emails.0 must be an email address". */
function describeRecordIssue(raw: unknown, issue: Parameters<typeof describeIssue>[0]): string {
  const [collection, index, ...rest] = issue.path
  if (typeof collection === 'string' && typeof index === 'number') {
    const record = (raw as Record<string, Array<Record<string, unknown>>>)[collection]?.[index]
    const label = record?.name ?? record?.title ?? record?.summary ?? record?.about ?? record?.id
    const where = `${collection}[${index}]${typeof label === 'string' ? ` (${label.slice(0, 60)})` : ''}`
    const field = rest.map(String).join('.')
    return `${where}: ${field ? `${field} ` : ''}${issue.message}`
  }
  return describeIssue(issue).message
}

/**
 * Keeps a damaged journal aside, byte for byte, as `<name>.corrupt-<time>.json`. A hard
 * link never replaces an existing file (unlike a rename) and leaves the journal's name in
 * place until the recovered journal is saved over it, so a crash in between loses nothing.
 */
export async function keepAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const name = basename(path).replace(/\.json$/i, '')
  for (let attempt = 0; ; attempt++) {
    const target = join(dirname(path), `${name}.corrupt-${stamp}${attempt ? `-${attempt}` : ''}.json`)
    try {
      await link(path, target)
      return target
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' && attempt < 100) continue
      // FAT and exFAT drives have no hard links: rename, having checked the name is free.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
      if (
        await stat(target).then(
          () => true,
          () => false,
        )
      )
        continue
      await rename(path, target)
      return target
    }
  }
}

/** The journal's real file: through symlinks, or (not yet created) in its folder's real place. */
export async function realJournalPath(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path))
  }
}

/** Leftover temp files of interrupted saves (`.<name>.<pid>.<random>.tmp`), newest first. */
export async function leftoverTempFiles(path: string): Promise<Array<{ path: string; modifiedAt: Date }>> {
  const folder = dirname(path)
  const prefix = `.${basename(path)}.`
  const names = (await readdir(folder)).filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
  const found = await Promise.all(names.map(async (name) => ({ path: join(folder, name), modifiedAt: (await stat(join(folder, name))).mtime })))
  return found.sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())
}

/**
 * A folder Kith creates for the journal is private to the user (0700). A folder the
 * user chose and that already exists is left as it is: the journal file itself is 0600.
 */
export async function ensurePrivateFolder(path: string): Promise<void> {
  const folder = dirname(path)
  const created = await mkdir(folder, { recursive: true, mode: 0o700 })
  // mkdir's mode is filtered by the umask; chmod makes it exact.
  if (created !== undefined && process.platform !== 'win32') await chmod(folder, 0o700).catch(() => undefined)
}
