/** @vitest-environment node */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import { lockPathFor } from '../../../electron/main/journal/journalLock'
import { openStore, tempJournalPath } from './helpers'
import { JournalStore } from '../../../electron/main/journal/journalStore'

const lockOf = (pid: number, since = new Date().toISOString()) => JSON.stringify({ pid, host: hostname(), since })

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

describe('one writer per journal', () => {
  it('writes the pid beside the journal and removes the lock on close', async () => {
    const path = tempJournalPath()
    const store = await JournalStore.open(path)
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
    await store.close()
    expect(existsSync(lockPathFor(path))).toBe(false)
    // …so it opens again.
    await (await JournalStore.open(path)).close()
  })

  it('refuses a second open in the same process', async () => {
    const path = tempJournalPath()
    await openStore(path)
    await expect(JournalStore.open(path)).rejects.toThrow(/already open in this Kith process/)
  })

  it('refuses, with a readable message, while another live Kith process holds it', async () => {
    const path = tempJournalPath()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      writeFileSync(lockPathFor(path), lockOf(other.pid!))
      await expect(JournalStore.open(path)).rejects.toThrow(
        new RegExp(`Another Kith \\(process ${other.pid}\\) has this journal open: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      )
    } finally {
      other.kill('SIGKILL')
    }
    await new Promise((resolve) => other.once('exit', resolve))
    // Once that process is gone its lock is stale, and Kith takes it over.
    const store = await openStore(path)
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
    expect(store.readOnly).toBe(false)
  })

  it('takes over a lock left by a crashed process', async () => {
    const path = tempJournalPath()
    writeFileSync(lockPathFor(path), lockOf(deadPid()))
    await openStore(path)
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
  })

  it('takes over a lock from before the last boot, even if its pid is now someone else', async () => {
    const path = tempJournalPath()
    writeFileSync(lockPathFor(path), lockOf(process.ppid, '2020-01-01T00:00:00Z'))
    await openStore(path, { lock: { bootTime: () => new Date('2026-11-29T00:00:00Z') } })
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
  })

  it('takes over a lock file that is not a lock Kith wrote (empty)', async () => {
    const path = tempJournalPath()
    writeFileSync(lockPathFor(path), '')
    utimesSync(lockPathFor(path), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    await openStore(path)
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid)
  })
})

describe('a folder Kith cannot write to', () => {
  it('is refused at open with a readable message, not a raw error code', async () => {
    // Root ignores permissions, so a regular file stands in for the folder: nothing can be created "in" it (ENOTDIR).
    const path = tempJournalPath()
    writeFileSync(path, '')
    await expect(JournalStore.open(`${path}/journal.json`)).rejects.toThrow(/Kith cannot create the folder for the journal .*journal\.json/)
  })
})
