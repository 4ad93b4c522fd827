import type { BackupInfo, BackupReason } from '../../../../shared/api/safekeeping'
import { formatDateTime } from '../../lib/format'
import type { JournalCounts, TrashKind } from '../../../../shared/domain'

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  'first-change': 'First change since Kith started',
  'before-migration': 'Before an upgrade',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-merge': 'Before merging two people',
}

export const TRASH_KIND_LABELS: Record<TrashKind, string> = {
  person: 'Person',
  event: 'Event',
  interaction: 'Interaction',
  referral: 'Referral',
}

/** "25 people · 8 events · 60 interactions · 12 referrals": what a backup holds, at a glance. */
export function describeCounts(counts: Pick<JournalCounts, 'people' | 'events' | 'interactions' | 'referrals'>): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return [
    part(counts.people, 'person', 'people'),
    part(counts.events, 'event', 'events'),
    part(counts.interactions, 'interaction', 'interactions'),
    part(counts.referrals, 'referral', 'referrals'),
  ].join(' · ')
}

/** Sizes are said one way across the app. */

const withSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
/** Backups taken in one millisecond carry a sequence number in their file name ("…-108Z-1-daily.json"). */
const sequenceOf = (file: string) => Number(/Z-(\d+)-[a-z-]+\.json$/.exec(file)?.[1] ?? 0)

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/**
 * A label per backup file that no other backup in the list shares: the time to the minute,
 * with seconds where two fall in one minute, and "(1 of 2)" where two fall in one second.
 */
export function backupLabels(backups: readonly Pick<BackupInfo, 'file' | 'takenAt'>[]): Map<string, string> {
  const labels = new Map<string, string>()
  for (const [minute, same] of groupBy(backups, (b) => formatDateTime(b.takenAt))) {
    const second = same.length > 1 ? groupBy(same, (b) => withSeconds.format(new Date(b.takenAt))) : new Map([[minute, same]])
    for (const [label, group] of second) {
      const ordered = [...group].sort((a, b) => a.takenAt.localeCompare(b.takenAt) || sequenceOf(a.file) - sequenceOf(b.file))
      ordered.forEach((b, i) => labels.set(b.file, group.length > 1 ? `${label} (${i + 1} of ${group.length})` : label))
    }
  }
  return labels
}
