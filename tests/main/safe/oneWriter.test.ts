/** @vitest-environment node */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockPathFor } from '../../../electron/main/journal/journalLock'
import { JournalStore } from '../../../electron/main/journal/journalStore'
import { openService, openStore, tempJournalPath } from '../journal/helpers'

const ownPid = (lockPath: string) => (JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number }).pid

describe('one writer, for real', () => {
  it('a journal reached through a symlink is the same journal, and saving writes through the link to its target', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kith-link-'))
    mkdirSync(join(root, 'Dropbox'))
    const target = join(root, 'Dropbox', 'journal.json')
    const linked = join(root, 'journal.json')
    const first = await openService(target)
    await first.handlers['people:create']({ name: 'Dana Reyes' })
    await first.store.close()
    symlinkSync(target, linked)

    const { handlers } = await openService(linked)
    await expect(JournalStore.open(target)).rejects.toThrow(/already open/)
    await handlers['people:create']({ name: 'Sam Okafor' })

    expect(lstatSync(linked).isSymbolicLink()).toBe(true)
    const onDisk = JSON.parse(readFileSync(target, 'utf8')) as { people: Array<{ name: string }> }
    expect(onDisk.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Sam Okafor'])
  })

  it('a lock removed from under a running Kith (a sync tool) is noticed and restored, so a second Kith is still refused', async () => {
    const path = tempJournalPath()
    let fire: () => void = () => undefined
    const store = await openStore(path, { watch: (_folder, onEvent) => ((fire = () => onEvent('journal.json.lock')), { close: () => undefined }) })
    unlinkSync(lockPathFor(path))

    fire()
    await store.idleChecks()

    expect(ownPid(lockPathFor(path))).toBe(process.pid)
    await expect(JournalStore.open(path)).rejects.toThrow(/already open/)
  })

  it('a save restores a removed lock before it writes', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { watch: false })
    unlinkSync(lockPathFor(path))
    await handlers['people:create']({ name: 'Dana Reyes' })
    expect(ownPid(lockPathFor(path))).toBe(process.pid)
  })

  it('when another program took the lock, Kith stops saving and names the lock file', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { watch: false })
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 999_999, host: 'other-laptop', since: new Date().toISOString() }))
    await expect(handlers['people:create']({ name: 'Dana Reyes' })).rejects.toThrow(lockPathFor(path))
  })
})

describe('a lock left by another computer', () => {
  const oldForeignLock = (path: string) =>
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 4242, host: 'old-laptop', since: new Date(Date.now() - 30 * 86_400_000).toISOString() }))

  it('is refused with a message naming the lock file when the user is not asked', async () => {
    const path = tempJournalPath()
    oldForeignLock(path)
    await expect(JournalStore.open(path)).rejects.toThrow(lockPathFor(path))
  })

  it('is taken over once the user confirms, and kept when the user declines', async () => {
    const path = tempJournalPath()
    oldForeignLock(path)
    const asked: string[] = []
    await expect(JournalStore.open(path, { lock: { confirmTakeover: async (question) => (asked.push(question), false) } })).rejects.toThrow(/old-laptop/)
    expect(existsSync(lockPathFor(path))).toBe(true)

    const store = await openStore(path, { lock: { confirmTakeover: async (question) => (asked.push(question), true) } })
    expect(ownPid(lockPathFor(path))).toBe(process.pid)
    expect(asked[0]).toContain(lockPathFor(path))
    expect(asked[0]).toContain('old-laptop')
    expect(store.readOnly).toBe(false)
  })

  it('a recent lock from another computer is not offered for takeover', async () => {
    const path = tempJournalPath()
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 4242, host: 'desk-pc', since: new Date().toISOString() }))
    let asked = false
    await expect(JournalStore.open(path, { lock: { confirmTakeover: async () => (asked = true) } })).rejects.toThrow(/desk-pc/)
    expect(asked).toBe(false)
  })
})
