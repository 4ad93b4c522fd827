/** @vitest-environment node */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { checkedNotePath } from '../../../electron/main/journal/journalChecked'
import * as validator from '../../../electron/main/journal/journalValidator'
import { generateSampleJournal } from '../../../shared/sample/generate'
import { at, openStore, tempJournalPath } from './helpers'

const now = new Date('2026-11-29T12:00:00.000Z')
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A journal as Kith saved it: the file, and the note of its checked bytes beside it. */
async function savedByKith() {
  const path = tempJournalPath()
  const store = await openStore(path, { now: at(now.toISOString()), lock: false })
  await store.replace(generateSampleJournal({ now }))
  await store.close()
  return path
}

/** The first person's e-mail made invalid, keeping the file valid JSON of the same shape. */
function breakFirstEmail(path: string) {
  const journal = JSON.parse(readFileSync(path, 'utf8'))
  const person = journal.people.find((p: { emails: string[] }) => p.emails.length > 0)
  person.emails[0] = 'not an e-mail address'
  writeFileSync(path, JSON.stringify(journal))
}

describe('the note of checked bytes beside the journal', () => {
  it('is written with every save and holds the SHA-256 of the file as saved', async () => {
    const path = await savedByKith()
    const note = JSON.parse(readFileSync(checkedNotePath(path), 'utf8'))
    expect(note.sha256).toBe(sha256(readFileSync(path)))
    expect(note.format).toBe(validator.schemaFingerprint())
  })

  it('lets a journal Kith saved open without checking its records again', async () => {
    const path = await savedByKith()
    const check = vi.spyOn(validator, 'parseJournalRecords')
    const store = await openStore(path, { lock: false })
    expect(store.recovery).toBeUndefined()
    expect(check).toHaveBeenCalledWith(expect.anything(), undefined, { recordsChecked: true })
    check.mockRestore()
  })

  it('does not vouch for a journal changed after Kith saved it: the change is found and the file kept', async () => {
    const path = await savedByKith()
    breakFirstEmail(path)
    const changed = readFileSync(path)
    const store = await openStore(path, { lock: false })
    expect(store.recovery?.kind).toBe('set-aside')
    expect(store.recovery?.message).toMatch(/emails\.0 must be an email address/)
    expect(readFileSync(store.recovery!.movedTo!)).toEqual(changed)
  })

  it('is ignored when it was written for another format, or cannot be read', async () => {
    for (const note of [JSON.stringify({ sha256: 'x', format: 'an older Kith' }), 'not json', '']) {
      const path = await savedByKith()
      breakFirstEmail(path)
      // A note that would match the changed bytes, had it been written by this Kith's format.
      const forged = note.startsWith('{') ? JSON.stringify({ sha256: sha256(readFileSync(path)), format: 'an older Kith' }) : note
      writeFileSync(checkedNotePath(path), forged)
      const store = await openStore(path, { lock: false })
      expect(store.recovery?.kind, note).toBe('set-aside')
    }
  })
})
