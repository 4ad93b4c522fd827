/** @vitest-environment node */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupsToKeep, rotateBackups } from '../../../electron/main/journal/backups'
import { openService, tempJournalPath } from './helpers'

const day = (iso: string) => new Date(`${iso}T09:00:00Z`)
const DAY = 24 * 60 * 60 * 1000

describe('backup rotation', () => {
  it('keeps every backup of the newest N days, then the newest of each of M older weeks', () => {
    // One backup a day for 120 days, newest 2026-11-29 (a Sunday).
    const backups = Array.from({ length: 120 }, (_, i) => {
      const takenAt = new Date(day('2026-11-29').getTime() - i * DAY)
      return { file: takenAt.toISOString().slice(0, 10), takenAt }
    })
    const keep = [...backupsToKeep(backups, { keepDaily: 14, keepWeekly: 8 })].sort().reverse()
    expect(keep.slice(0, 14)).toEqual(backups.slice(0, 14).map((b) => b.file))
    // Older than two weeks: one per week (its newest day, a Sunday), for eight weeks.
    expect(keep.slice(14)).toEqual(['2026-11-15', '2026-11-08', '2026-11-01', '2026-10-25', '2026-10-18', '2026-10-11', '2026-10-04', '2026-09-27'])
    expect(keep).toHaveLength(22)
  })

  it('keeps a before-restore backup taken on a kept day beside that day’s daily one', () => {
    const backups = [
      { file: 'daily', takenAt: new Date('2026-11-29T08:00:00Z') },
      { file: 'before-restore', takenAt: new Date('2026-11-29T15:00:00Z') },
    ]
    expect(backupsToKeep(backups, { keepDaily: 1, keepWeekly: 0 })).toEqual(new Set(['daily', 'before-restore']))
  })

  it('deletes the files it does not keep, and leaves other files in the folder alone', async () => {
    const path = tempJournalPath()
    const folder = join(dirname(path), 'backups')
    mkdirSync(folder)
    for (let i = 0; i < 5; i++) writeFileSync(join(folder, `journal-2026-11-2${i}T08-00-00-000Z-daily.json`), '{}')
    writeFileSync(join(folder, 'my-notes.txt'), 'mine')
    const removed = await rotateBackups(path, { keepDaily: 2, keepWeekly: 0 })
    expect(removed.sort()).toEqual([
      'journal-2026-11-20T08-00-00-000Z-daily.json',
      'journal-2026-11-21T08-00-00-000Z-daily.json',
      'journal-2026-11-22T08-00-00-000Z-daily.json',
    ])
    expect(readdirSync(folder).sort()).toEqual(['journal-2026-11-23T08-00-00-000Z-daily.json', 'journal-2026-11-24T08-00-00-000Z-daily.json', 'my-notes.txt'])
  })
})

describe('daily backups', () => {
  it('copy the journal as it was before the first save of each day, once a day, privately', async () => {
    const path = tempJournalPath()
    let now = new Date('2026-11-28T20:00:00Z')
    const { store, handlers } = await openService(path, { now: () => now })
    await handlers['people:create']({ name: 'Dana Reyes' })
    const yesterday = readFileSync(path)

    now = new Date('2026-11-29T08:00:00Z')
    await handlers['people:create']({ name: 'Sam Okafor' })
    await handlers['people:create']({ name: 'Lee Park' })
    await store.flush()

    const list = await handlers['backups:list']({})
    // 28th: the brand-new journal's first save; 29th: the first save of the day.
    expect(list.map((b) => [b.takenAt.slice(0, 10), b.reason, b.counts?.people])).toEqual([
      ['2026-11-29', 'daily', 1],
      ['2026-11-28', 'daily', 0],
    ])
    const folder = join(dirname(path), 'backups')
    expect(readFileSync(join(folder, list[0]!.file)).equals(yesterday)).toBe(true)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    expect(statSync(join(folder, list[0]!.file)).mode & 0o777).toBe(0o600)
  })

  it('follow the retention in Settings', async () => {
    const path = tempJournalPath()
    let now = new Date('2026-11-01T08:00:00Z')
    const { handlers } = await openService(path, { now: () => now })
    await handlers['settings:update']({ patch: { backups: { keepDaily: 3, keepWeekly: 0 } } })
    for (let i = 1; i <= 10; i++) {
      now = new Date(now.getTime() + DAY)
      await handlers['people:create']({ name: `Person ${i}` })
    }
    const list = await handlers['backups:list']({})
    expect(list.map((b) => b.takenAt.slice(0, 10))).toEqual(['2026-11-11', '2026-11-10', '2026-11-09'])
  })
})
