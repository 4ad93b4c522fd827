import type { JournalStatus } from '../../../shared/api/contract'
import type { BackupInfo, Recovery, TrashItem } from '../../../shared/api/safekeeping'

export const counts = { people: 25, events: 8, interactions: 60, referrals: 12, followUps: 9, reviews: 3 }

export const newestBackup: BackupInfo = {
  file: 'journal-2026-11-28T09-00-00-000Z-daily.json',
  takenAt: '2026-11-28T09:00:00.000Z',
  reason: 'daily',
  sizeBytes: 48_300,
  counts: { ...counts, people: 24 },
}
export const olderBackup: BackupInfo = {
  file: 'journal-2026-11-20T08-30-00-000Z-before-import.json',
  takenAt: '2026-11-20T08:30:00.000Z',
  reason: 'before-import',
  sizeBytes: 51_200,
  counts,
}
export const brokenBackup: BackupInfo = {
  file: 'journal-2026-11-10T08-30-00-000Z-daily.json',
  takenAt: '2026-11-10T08:30:00.000Z',
  reason: 'daily',
  sizeBytes: 0,
  problem: 'the file is empty',
}

export const movedTo = '/home/me/kith/journal.corrupt-2026-11-29T10-00-00-000Z.json'

export const damaged: Recovery = {
  kind: 'damaged',
  message: `Kith could not read your journal /home/me/kith/journal.json: it ends in the middle (truncated). The damaged file was kept, byte for byte, at ${movedTo}.`,
  movedTo,
  openedFrom: { source: 'backup', file: newestBackup.file, takenAt: newestBackup.takenAt },
}

export const okStatus: JournalStatus = { path: '/home/me/kith/journal.json', onboarded: true, readOnly: false, counts }
export const recoveredStatus: JournalStatus = { ...okStatus, counts: { ...counts, people: 24 }, recovery: damaged }

export const trashedDana: TrashItem = {
  id: 't-1',
  kind: 'person',
  label: 'Dana Reyes',
  deletedAt: '2026-11-29T10:00:00.000Z',
  purgeAt: '2026-12-29T10:00:00.000Z',
}
