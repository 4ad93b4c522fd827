/** @vitest-environment node */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalOf, openService, person, tempJournalPath } from '../journal/helpers'

const now = () => new Date('2026-11-29T12:00:00Z')

describe('backups that keep the day’s work', () => {
  it('the first change of each run backs up the journal as that run found it, even later the same day', async () => {
    const path = tempJournalPath()
    const morning = await openService(path, { now })
    await morning.handlers['people:create']({ name: 'Dana Reyes' })
    await morning.handlers['people:create']({ name: 'Sam Okafor' })
    await morning.store.close()
    const afternoonStart = readFileSync(path)

    const afternoon = await openService(path, { now })
    await afternoon.handlers['people:create']({ name: 'Lee Park' })
    await afternoon.handlers['people:create']({ name: 'Ana Lima' })

    const list = await afternoon.handlers['backups:list']({})
    const firstChange = list.filter((backup) => backup.reason === 'first-change')
    expect(firstChange).toHaveLength(1)
    expect(firstChange[0]!.counts?.people).toBe(2)
    expect(readFileSync(join(dirname(path), 'backups', firstChange[0]!.file)).equals(afternoonStart)).toBe(true)
  })

  it('merging two people backs up the journal first', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { now })
    const a = await handlers['people:create']({ name: 'Dana Reyes' })
    const b = await handlers['people:create']({ name: 'Dana R.' })
    await handlers['people:merge']({ keepId: a.id, mergeId: b.id })
    const merge = (await handlers['backups:list']({})).find((backup) => backup.reason === 'before-merge')
    expect(merge?.counts?.people).toBe(2)
  })
})

describe('no wipe behind a welcome screen', () => {
  it('a journal with people but without the onboarded flag is not first run, and starting empty is refused', async () => {
    const path = tempJournalPath()
    const journal = journalOf([person('p1', 'Dana Reyes')])
    writeFileSync(path, JSON.stringify({ ...journal, settings: { ...journal.settings, onboarded: false } }))
    const { handlers } = await openService(path, { now })

    expect((await handlers['journal:status']({})).onboarded).toBe(true)
    await expect(handlers['journal:startEmpty']({})).rejects.toThrow(/already holds records/)
    expect((await handlers['people:list']({})).map((p) => p.name)).toEqual(['Dana Reyes'])
  })

  it('an empty journal still starts empty on first run', async () => {
    const { handlers } = await openService(tempJournalPath(), { now })
    expect((await handlers['journal:status']({})).onboarded).toBe(false)
    expect((await handlers['journal:startEmpty']({})).onboarded).toBe(true)
  })
})
