import { describe, expect, it } from 'vitest'
import { backupLabels } from '../../../renderer/src/components/safekeeping/describe'
import { formatDateTime } from '../../../renderer/src/lib/format'

describe('backup labels', () => {
  it('are the time to the minute when nothing else was taken that minute', () => {
    const labels = backupLabels([{ file: 'journal-2026-12-08T10-15-05-000Z-daily.json', takenAt: '2026-12-08T10:15:05.000Z' }])
    expect(labels.get('journal-2026-12-08T10-15-05-000Z-daily.json')).toBe(formatDateTime('2026-12-08T10:15:05.000Z'))
  })

  it('tell apart backups of one minute by their seconds, and of one second by their order', () => {
    const backups = [
      { file: 'journal-2026-12-08T10-15-35-000Z-daily.json', takenAt: '2026-12-08T10:15:35.000Z' },
      { file: 'journal-2026-12-08T10-15-05-000Z-1-before-import.json', takenAt: '2026-12-08T10:15:05.000Z' },
      { file: 'journal-2026-12-08T10-15-05-000Z-before-import.json', takenAt: '2026-12-08T10:15:05.000Z' },
    ]
    const labels = backupLabels(backups)
    expect(new Set(labels.values()).size).toBe(3)
    expect(labels.get(backups[0]!.file)).not.toMatch(/of/)
    expect(labels.get(backups[2]!.file)).toMatch(/\(1 of 2\)$/)
    expect(labels.get(backups[1]!.file)).toMatch(/\(2 of 2\)$/)
    expect(labels.get(backups[0]!.file)).not.toBe(formatDateTime(backups[0]!.takenAt))
  })
})
