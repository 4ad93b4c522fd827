import { readFile, unlink } from 'node:fs/promises'
import { basename } from 'node:path'
import { emptyJournal, journalCounts, type Journal } from '../../../shared/domain'
import type { Recovery } from '../../../shared/api/safekeeping'
import { listBackups, backupsFolder } from './backups'
import { keepAside, leftoverTempFiles, parseJournalBytes, readJournalFile } from './journalFile'
import { describeProblem } from './recordCheck'
import { folderView } from './readOnlyView'
import { describeSetAside, keepSetAsideFile, type SetAsideRecord } from './setAside'

export type { Recovery }

export type LoadedJournal = {
  journal: Journal
  readOnly: boolean
  recovery?: Recovery
  /** Set when an older journal was migrated in memory: back it up, then save. */
  migratedFrom?: number
  /** Whether the file on disk is a good journal worth copying into a daily backup. */
  diskIsGood: boolean
  /** Whether the journal must be written before it is used (new, migrated, recovered). */
  needsSave: boolean
  /** Invalid records kept out of the journal (recovery lists them); the store can mend or drop each. */
  setAside?: SetAsideRecord[]
}

const describeCounts = (journal: Journal) => {
  const counts = journalCounts(journal)
  return `${counts.people} people, ${counts.events} events, ${counts.interactions} interactions, ${counts.referrals} referrals`
}

/** Decides what to open: the journal, a migration of it, a read-only view, or the best recovery. */
export async function loadJournal(path: string, now: Date): Promise<LoadedJournal> {
  const result = await readJournalFile(path, now).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EISDIR') return 'folder' as const
    throw error
  })
  if (result === 'folder') return folderView(path, now)
  switch (result.kind) {
    case 'missing':
      return { journal: emptyJournal(now), readOnly: false, diskIsGood: false, needsSave: true }
    case 'ok':
      // Leftover temp files are saves that never finished, so never acknowledged: safe to drop.
      for (const temp of await leftoverTempFiles(path)) await unlink(temp.path).catch(() => undefined)
      if (result.setAside) return openWithoutInvalid(path, now, result.journal, result.setAside)
      return { journal: result.journal, readOnly: false, migratedFrom: result.migratedFrom, diskIsGood: true, needsSave: result.migratedFrom !== undefined }
    case 'newer':
      return {
        journal: result.journal,
        readOnly: true,
        diskIsGood: true,
        needsSave: false,
        recovery: {
          kind: 'newer',
          message: `This journal (${path}) was written by a newer version of Kith (format ${result.version}; this Kith knows format ${result.journal.schemaVersion}). It is open read-only and Kith will not write to it, so nothing in it is lost. Update Kith to work with it.`,
        },
      }
    case 'damaged': {
      const movedTo = await keepAside(path, now)
      const best = await newestGoodCopy(path)
      const opened = best
        ? `Kith opened ${best.source === 'backup' ? `the backup from ${best.takenAt} (${best.file} in ${backupsFolder(path)})` : `an unfinished save from ${best.takenAt} (${best.file})`}, holding ${describeCounts(best.journal)}. You can restore another backup from Settings.`
        : 'No good backup was found, so Kith started a new, empty journal.'
      return {
        journal: best?.journal ?? emptyJournal(now),
        readOnly: false,
        diskIsGood: false,
        needsSave: true,
        recovery: {
          kind: 'damaged',
          message: `Kith could not read your journal ${path}: ${result.reason}. The damaged file was kept, byte for byte, at ${movedTo}. ${opened}`,
          movedTo,
          openedFrom: best ? { source: best.source, file: best.file, takenAt: best.takenAt } : undefined,
        },
      }
    }
  }
}

/** Opens the valid records read-write; the invalid ones are kept in a file beside the journal (and the whole file, too). */
async function openWithoutInvalid(path: string, now: Date, journal: Journal, setAside: SetAsideRecord[]): Promise<LoadedJournal> {
  const original = await keepAside(path, now)
  const file = await keepSetAsideFile(path, setAside, now)
  const listed = setAside.slice(0, 3).map((entry) => describeProblem(entry.problem))
  return {
    journal,
    readOnly: false,
    diskIsGood: false,
    needsSave: true,
    setAside,
    recovery: {
      kind: 'set-aside',
      message: `${setAside.length} record${setAside.length === 1 ? '' : 's'} in your journal ${path} did not match Kith's format, so Kith set ${setAside.length === 1 ? 'it' : 'them'} aside and opened everything else (${describeCounts(journal)}). ${listed.join('; ')}${setAside.length > 3 ? '; …' : ''}. The set-aside records are kept in ${file}, and the file as it was in ${original}.`,
      setAside: describeSetAside(new Map(setAside.map((entry, index) => [String(index), entry]))),
      setAsideFile: file,
      movedTo: original,
    },
  }
}

type Candidate = { source: 'backup' | 'unfinished-save'; file: string; takenAt: string; journal: Journal }

/** The newest copy that reads as a journal: a backup, or a leftover temp file that is complete. */
async function newestGoodCopy(path: string): Promise<Candidate | undefined> {
  const candidates: Candidate[] = []
  for (const temp of await leftoverTempFiles(path)) {
    const parsed = parseJournalBytes(await readFile(temp.path))
    if (parsed.kind === 'ok')
      candidates.push({ source: 'unfinished-save', file: basename(temp.path), takenAt: temp.modifiedAt.toISOString(), journal: parsed.journal })
  }
  for (const backup of await listBackups(path)) {
    if (!backup.counts) continue
    const parsed = parseJournalBytes(await readFile(`${backupsFolder(path)}/${backup.file}`))
    if (parsed.kind === 'ok') {
      candidates.push({ source: 'backup', file: backup.file, takenAt: backup.takenAt, journal: parsed.journal })
      break
    }
  }
  return candidates.sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0]
}
