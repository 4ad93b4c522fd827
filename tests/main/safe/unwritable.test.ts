/** @vitest-environment node */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNotAllowed, unwritableView } from '../../../electron/main/journal/readOnlyView'
import { journalOf, openService, person, tempJournalPath } from '../journal/helpers'

describe('a journal Kith cannot write', () => {
  it('a journal path that is a folder opens as a read-only view that says what to do, not a raw error', async () => {
    const path = tempJournalPath('journal.json')
    mkdirSync(path)
    const { handlers } = await openService(path)
    const status = await handlers['journal:status']({})
    expect(status.readOnly).toBe(true)
    expect(status.onboarded).toBe(true)
    expect(status.recovery).toMatchObject({ kind: 'read-only', message: expect.stringContaining(`${path} is a folder, not a journal file`) })
    await expect(handlers['people:create']({ name: 'Dana Reyes' })).rejects.toThrow(/is a folder/)
  })

  it('a folder Kith may not write (here /sys, refused even to root) opens read-only with the reason', async () => {
    const { store, handlers } = await openService('/sys/kith-journal.json', { watch: false })
    expect(store.readOnly).toBe(true)
    expect((await handlers['journal:status']({})).recovery?.message).toMatch(/Kith is not allowed to write there.*read-only/)
  })

  it('the read-only view shows what a readable journal holds', async () => {
    const path = tempJournalPath()
    writeFileSync(path, JSON.stringify(journalOf([person('p1', 'Dana Reyes')])))
    const view = await unwritableView(path, new Date('2026-11-29T12:00:00Z'), `Kith cannot write to ${dirname(path)}.`)
    expect(view.readOnly).toBe(true)
    expect(view.journal.people.map((p) => p.name)).toEqual(['Dana Reyes'])
    expect(isNotAllowed(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe(true)
    expect(isNotAllowed(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'EACCES' }) }))).toBe(true)
    expect(isNotAllowed(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(false)
  })
})
