import { mkdir, readFile, readdir, stat, unlink, chmod } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { journalCounts } from '../../../shared/domain'
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/api/safekeeping'
import { parseJournalBytes } from './journalFile'
import { writeFileDurably } from './durableFile'

export type { BackupInfo, BackupReason }

export type Retention = { keepDaily: number; keepWeekly: number }

/** Backups live in `backups/` beside the journal, named `<journal>-<time>-<reason>.json`. */
export function backupsFolder(journalPath: string): string {
  return join(dirname(journalPath), 'backups')
}

const journalName = (journalPath: string) => basename(journalPath).replace(/\.json$/i, '')
const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

/** Reads a backup file name back: when it was taken and why; undefined for anyone else's file. */
export function parseBackupName(journalPath: string, file: string): { takenAt: Date; reason: BackupReason; sequence: number } | undefined {
  const prefix = `${journalName(journalPath)}-`
  if (!file.startsWith(prefix)) return undefined
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-(\d+))?-([a-z-]+)\.json$/.exec(file.slice(prefix.length))
  if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[7]!)) return undefined
  const takenAt = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
  return Number.isNaN(takenAt.getTime()) ? undefined : { takenAt, reason: match[7] as BackupReason, sequence: Number(match[6] ?? 0) }
}

type Named = { file: string; takenAt: Date; reason: BackupReason; sequence: number }

async function backupFiles(journalPath: string): Promise<Named[]> {
  const names = await readdir(backupsFolder(journalPath)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names
    .flatMap((file) => {
      const parsed = parseBackupName(journalPath, file)
      return parsed ? [{ file, ...parsed }] : []
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence)
}

/** Every backup of this journal, newest first, with what it holds. */
export async function listBackups(journalPath: string): Promise<BackupInfo[]> {
  const folder = backupsFolder(journalPath)
  return Promise.all(
    (await backupFiles(journalPath)).map(async ({ file, takenAt, reason }) => {
      const bytes = await readFile(join(folder, file))
      const parsed = parseJournalBytes(bytes)
      const info: BackupInfo = { file, takenAt: takenAt.toISOString(), reason, sizeBytes: bytes.length }
      if (parsed.kind === 'ok' || parsed.kind === 'newer') info.counts = journalCounts(parsed.journal)
      else if (parsed.kind === 'damaged') info.problem = parsed.reason
      return info
    }),
  )
}

/** The path of a listed backup; refuses anything that is not one (no "../" games). */
export async function backupPath(journalPath: string, file: string): Promise<string> {
  const known = await backupFiles(journalPath)
  if (!known.some((backup) => backup.file === file)) throw new Error(`There is no backup named "${file}" beside this journal.`)
  return join(backupsFolder(journalPath), file)
}

/** A backup's journal, checked in full, or an error that says why it cannot be restored. */
export async function readBackupJournal(journalPath: string, file: string, now: Date) {
  const parsed = parseJournalBytes(await readFile(await backupPath(journalPath, file)), now)
  if (parsed.kind === 'newer') throw new Error(`The backup ${file} was written by a newer version of Kith, so this Kith cannot restore it.`)
  if (parsed.kind !== 'ok') throw new Error(`The backup ${file} cannot be restored: ${parsed.kind === 'damaged' ? parsed.reason : 'it is missing'}.`)
  return parsed
}

export async function hasBackupOn(journalPath: string, day: string): Promise<boolean> {
  return (await backupFiles(journalPath)).some((backup) => backup.takenAt.toISOString().slice(0, 10) === day)
}

export type BackupDeps = { now: () => Date; writeFile?: (path: string, data: Uint8Array) => Promise<void> }

/**
 * Copies the journal file as it is on disk (the last durable version) into the
 * backups folder, then rotates. Returns the backup's file name, or undefined when
 * there is no journal file yet.
 */
export async function takeBackup(journalPath: string, reason: BackupReason, retention: Retention, deps: BackupDeps): Promise<string | undefined> {
  let bytes: Buffer
  try {
    bytes = await readFile(journalPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const folder = backupsFolder(journalPath)
  await mkdir(folder, { recursive: true, mode: 0o700 })
  if (process.platform !== 'win32') await chmod(folder, 0o700).catch(() => undefined)
  const base = `${journalName(journalPath)}-${stampOf(deps.now())}`
  let file = `${base}-${reason}.json`
  // Two backups in one millisecond (a restore right after a migration) must not collide.
  for (
    let n = 1;
    await stat(join(folder, file)).then(
      () => true,
      () => false,
    );
    n++
  )
    file = `${base}-${n}-${reason}.json`
  await (deps.writeFile ?? writeFileDurably)(join(folder, file), bytes)
  await rotateBackups(journalPath, retention)
  return file
}

/** Which backups to keep: every backup of the newest `keepDaily` days, then the newest of each of `keepWeekly` older weeks. */
export function backupsToKeep(backups: Array<{ file: string; takenAt: Date }>, retention: Retention): Set<string> {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const keep = new Set<string>()
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const backup of sorted) {
    const day = backup.takenAt.toISOString().slice(0, 10)
    if (days.has(day) || days.size < retention.keepDaily) {
      days.add(day)
      keep.add(backup.file)
      continue
    }
    const week = weekOf(backup.takenAt)
    if (!weeks.has(week) && weeks.size < retention.keepWeekly) {
      weeks.add(week)
      keep.add(backup.file)
    }
  }
  return keep
}

/** The Monday (UTC) of the date's ISO week. */
function weekOf(date: Date): string {
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - ((date.getUTCDay() + 6) % 7)))
  return monday.toISOString().slice(0, 10)
}

export async function rotateBackups(journalPath: string, retention: Retention): Promise<string[]> {
  const backups = await backupFiles(journalPath)
  const keep = backupsToKeep(backups, retention)
  const removed = backups.filter((backup) => !keep.has(backup.file)).map((backup) => backup.file)
  await Promise.all(removed.map((file) => unlink(join(backupsFolder(journalPath), file)).catch(() => undefined)))
  return removed
}
