/** @vitest-environment node */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, openService, tempJournalPath } from './helpers'

describe('a journal written by a newer Kith', () => {
  it('opens read-only with a message, keeps what it can read, and is never written', async () => {
    const path = tempJournalPath()
    const bytes = fixture('v99-newer.json')
    writeFileSync(path, bytes)
    const modified = statSync(path).mtimeMs
    const { store, handlers } = await openService(path, { now: () => new Date('2026-11-29T12:00:00Z') })

    expect(store.readOnly).toBe(true)
    expect(store.recovery).toMatchObject({ kind: 'newer' })
    expect(store.recovery!.message).toMatch(/newer version of Kith \(format 99/)
    expect(store.recovery!.message).toContain(path)
    // The people this Kith understands are readable; the one in a future shape is left out of the view.
    expect((await handlers['people:list']({})).map((p) => p.name)).toEqual(['Dana Reyes', 'Sam Okafor'])
    expect((await handlers['journal:status']({})).readOnly).toBe(true)

    await expect(handlers['people:create']({ name: 'New Person' })).rejects.toThrow(/read-only because a newer version of Kith wrote it/)
    await expect(handlers['people:delete']({ id: 'p-dana' })).rejects.toThrow(/read-only/)
    await expect(handlers['settings:update']({ patch: { theme: 'dark' } })).rejects.toThrow(/read-only/)
    await store.save()
    await store.flush()
    await store.close()

    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(statSync(path).mtimeMs).toBe(modified)
    expect(existsSync(join(dirname(path), 'backups'))).toBe(false)
    expect(readdirSync(dirname(path))).toEqual(['journal.json'])
  })

  it('exports the file exactly as the newer Kith wrote it, not the partial view', async () => {
    const path = tempJournalPath()
    writeFileSync(path, fixture('v99-newer.json'))
    const { handlers } = await openService(path)
    const exported = await handlers['journal:export']({})
    expect(exported.json).toBe(fixture('v99-newer.json').toString('utf8'))
  })
})
