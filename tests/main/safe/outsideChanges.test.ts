/** @vitest-environment node */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Person } from '../../../shared/domain'
import { journalOf, openService, person, tempJournalPath } from '../journal/helpers'

const now = () => new Date('2026-11-29T12:00:00Z')

/** Another device's version arriving the way sync tools write: a new file renamed over the journal. */
function replaceOutside(path: string, names: string[]): Buffer {
  const bytes = Buffer.from(JSON.stringify(journalOf(names.map((name, i) => person(`x${i}`, name)))))
  writeFileSync(`${path}.sync-tmp`, bytes)
  renameSync(`${path}.sync-tmp`, path)
  return bytes
}

const outsideCopies = (path: string) => readdirSync(dirname(path)).filter((name) => /^journal\.outside-.*\.json$/.test(name))
const namesOnDisk = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { people: Person[] }).people.map((p) => p.name)

describe('a journal changed outside Kith', () => {
  it('is noticed before the next save overwrites it: the outside version is kept as a named copy and the user is told', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { now, watch: false })
    await handlers['people:create']({ name: 'Dana Reyes' })
    const theirs = replaceOutside(path, ['From The Laptop'])

    await handlers['people:create']({ name: 'Sam Okafor' })

    const copies = outsideCopies(path)
    expect(copies).toHaveLength(1)
    expect(readFileSync(join(dirname(path), copies[0]!)).equals(theirs)).toBe(true)
    expect(namesOnDisk(path)).toEqual(['Dana Reyes', 'Sam Okafor'])
    const status = await handlers['journal:status']({})
    expect(status.outsideChange).toContain(join(dirname(path), copies[0]!))
    expect(status.outsideChange).toMatch(/changed outside Kith/)
    // Once kept, the next save writes as usual: no second copy.
    await handlers['people:create']({ name: 'Lee Park' })
    expect(outsideCopies(path)).toHaveLength(1)
  })

  it('a file touched but not changed is not copied', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { now, watch: false })
    await handlers['people:create']({ name: 'Dana Reyes' })
    writeFileSync(path, readFileSync(path))
    await handlers['people:create']({ name: 'Sam Okafor' })
    expect(outsideCopies(path)).toEqual([])
    expect((await handlers['journal:status']({})).outsideChange).toBeUndefined()
  })

  it('the watcher notices an outside change while Kith is idle, keeps it and tells the window', async () => {
    const path = tempJournalPath()
    let fire: () => void = () => undefined
    const watch = (_folder: string, onEvent: (file: string | null) => void) => {
      fire = () => onEvent('journal.json')
      return { close: () => undefined }
    }
    const { store, handlers } = await openService(path, { now, watch })
    await handlers['people:create']({ name: 'Dana Reyes' })
    let told = 0
    store.onChange(() => told++)
    const theirs = replaceOutside(path, ['From The Phone'])

    fire()
    await store.idleChecks()

    const copies = outsideCopies(path)
    expect(copies).toHaveLength(1)
    expect(readFileSync(join(dirname(path), copies[0]!)).equals(theirs)).toBe(true)
    expect(told).toBeGreaterThan(0)
    expect((await handlers['journal:status']({})).outsideChange).toContain(copies[0]!)
    // Kith's own version is back in the journal at once, so a crash now loses neither.
    expect(namesOnDisk(path)).toEqual(['Dana Reyes'])
  })
})
