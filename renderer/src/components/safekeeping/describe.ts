import type { BackupReason } from '../../../../shared/api/safekeeping'
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

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
