/** @vitest-environment node */
import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { writeFileDurably } from '../../../electron/main/journal/durableFile'
import { openService, tempJournalPath } from './helpers'

const onDisk = (path: string) => Journal.parse(JSON.parse(readFileSync(path, 'utf8')))
const names = (path: string) => onDisk(path).people.map((p) => p.name)

describe('a save that fails', () => {
  it('keeps the journal in memory, says why, leaves the last good file, and the next save catches up', async () => {
    const path = tempJournalPath()
    // /dev/full is a real device that answers every write with ENOSPC: the kernel's own "disk full".
    let diskFull = false
    const write = (target: string, data: string) => (diskFull ? writeFile('/dev/full', data) : writeFileDurably(target, data))
    const { store, handlers } = await openService(path, { writeFile: write })
    await handlers['people:create']({ name: 'Dana Reyes' })

    diskFull = true
    await expect(handlers['people:create']({ name: 'Sam Okafor' })).rejects.toThrow(/The disk is full, so Kith could not save your journal/)
    expect((await handlers['people:list']({})).map((p) => p.name)).toEqual(['Dana Reyes', 'Sam Okafor'])
    expect((await handlers['journal:status']({})).saveError).toMatch(/disk is full.*kept in memory/)
    expect(names(path)).toEqual(['Dana Reyes'])
    // Quitting now would lose Sam: flush says so, so the app can tell the user before it exits.
    await expect(store.flush()).rejects.toThrow(/disk is full/)

    diskFull = false
    await handlers['people:create']({ name: 'Lee Park' })
    expect(names(path)).toEqual(['Dana Reyes', 'Sam Okafor', 'Lee Park'])
    expect((await handlers['journal:status']({})).saveError).toBeUndefined()
  })

  it('does not stop Kith from opening, and flush on quit saves what the failed writes missed', async () => {
    const path = tempJournalPath()
    let fail = true
    const { store, handlers } = await openService(path, { writeFile: (t, d) => (fail ? writeFile('/dev/full', d) : writeFileDurably(t, d)) })
    expect((await handlers['journal:status']({})).saveError).toMatch(/disk is full/)
    await expect(handlers['people:create']({ name: 'Unsaved' })).rejects.toThrow()
    fail = false
    await store.flush()
    expect(names(path)).toEqual(['Unsaved'])
  })
})

/**
 * The same on a real small filesystem: a 512 KiB tmpfs filled up, then remounted
 * read-only. Needs root and permission to mount (true on this test machine).
 */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = mkdtempSync(join(tmpdir(), 'kith-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

describe.runIf(canMount())('on a real full, then read-only, filesystem', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'kith-smallfs-'))
  afterAll(() => {
    try {
      execFileSync('umount', [mountPoint], { stdio: 'ignore' })
    } finally {
      rmSync(mountPoint, { recursive: true, force: true })
    }
  })

  it('keeps memory, reports the error, leaves the last good file, and catches up', async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', mountPoint])
    const folder = join(mountPoint, 'Kith')
    mkdirSync(folder)
    const path = join(folder, 'journal.json')
    const { store, handlers } = await openService(path)
    await handlers['people:create']({ name: 'Dana Reyes' })

    // Fill the disk to the last byte.
    const filler = join(mountPoint, 'filler')
    const fd = openSync(filler, 'w')
    try {
      for (;;) writeSync(fd, Buffer.alloc(4096))
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
    } finally {
      closeSync(fd)
    }
    const bigNote = 'x'.repeat(19_000)
    await expect(handlers['people:create']({ name: 'Sam Okafor', notes: bigNote })).rejects.toThrow(/The disk is full/)
    expect(names(path)).toEqual(['Dana Reyes'])
    expect(store.journal.people).toHaveLength(2)

    // Now read-only: a different error, the same guarantees.
    unlinkSync(filler)
    execFileSync('mount', ['-o', 'remount,ro', mountPoint])
    await expect(handlers['people:create']({ name: 'Lee Park' })).rejects.toThrow(/not allowed to write/)
    expect(names(path)).toEqual(['Dana Reyes'])
    // Opening another journal there gives a read-only view that says why in words, not "EROFS".
    const other = await openService(join(folder, 'other.json'))
    expect(other.store.readOnly).toBe(true)
    expect(other.store.recovery?.message).toMatch(/Kith cannot open the journal .*other\.json for writing: the disk is read-only/)

    execFileSync('mount', ['-o', 'remount,rw', mountPoint])
    await handlers['people:create']({ name: 'Kim Nguyen' })
    expect(names(path)).toEqual(['Dana Reyes', 'Sam Okafor', 'Lee Park', 'Kim Nguyen'])
    expect(onDisk(path).people[1]!.notes[0]!.text).toBe(bigNote)
  })
})

describe('the journal file and folder', () => {
  it('are private: 0600 in a 0700 folder Kith created', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kith-mode-')), 'new', 'Kith', 'journal.json')
    const { handlers } = await openService(path)
    await handlers['people:create']({ name: 'Dana Reyes' })
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700)
  })
})
