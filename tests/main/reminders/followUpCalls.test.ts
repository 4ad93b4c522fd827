/** @vitest-environment node */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixedOffset } from '../../../shared/derive/followUps'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { startReminders } from '../../../electron/main/journal/reminders/startReminders'
import type { Reminder } from '../../../electron/main/journal/reminders/scheduler'
import { fakeTime } from './fakeTime'

let dir: string
let file: string
const opened: OpenJournal[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kith-reminders-'))
  file = join(dir, 'journal.json')
})
afterEach(async () => {
  for (const journal of opened.splice(0)) await journal.store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function open(time: ReturnType<typeof fakeTime>) {
  const journal = await openJournal(file, { now: time.now })
  opened.push(journal)
  return journal
}

/** Runs the real reminders over the real journal file with fake time. */
function remind(journal: OpenJournal, time: ReturnType<typeof fakeTime>) {
  const shown: Reminder[] = []
  const running = startReminders({
    store: journal.store,
    notify: (r) => shown.push(...r),
    now: time.now,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
    offset: fixedOffset(0),
  })
  time.settleWith(() => running.scheduler.idle())
  return { shown, running }
}

async function withDana(journal: OpenJournal, dueAt: string) {
  await journal.handlers['settings:update']({ patch: { weeklyReview: { enabled: false, weekday: 5, time: '16:00' } } })
  const dana = await journal.handlers['people:create']({ name: 'Dana Reyes' })
  const followUp = await journal.handlers['followups:create']({ personId: dana.id, dueAt, note: 'Send the Ohio article' })
  return { dana, followUp }
}

describe('reminders over the journal file', () => {
  it('notify exactly once across a restart: notifiedAt is saved to disk', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const first = await open(time)
    await withDana(first, '2026-11-30T10:00:00.000Z')
    const before = remind(first, time)
    await time.advanceTo('2026-11-30T10:30:00.000Z')
    expect(before.shown.map((r) => r.title)).toEqual(['Dana Reyes'])
    before.running.stop()
    await first.store.close()
    opened.splice(opened.indexOf(first), 1)
    expect(JSON.parse(readFileSync(file, 'utf8')).followUps[0].notifiedAt).toBe('2026-11-30T10:00:00.000Z')

    // Kith restarts: a new store and a new scheduler over the same file.
    const second = await open(time)
    const after = remind(second, time)
    await after.running.scheduler.idle()
    await time.advance(2 * 86_400_000)
    expect(after.shown).toEqual([])
  })

  it('a snooze through the contract notifies again at the new time, once', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const journal = await open(time)
    const { followUp } = await withDana(journal, '2026-11-30T10:00:00.000Z')
    const { shown } = remind(journal, time)
    await time.advanceTo('2026-11-30T10:00:00.000Z')
    const answer = await dispatch('followups:snooze', { id: followUp.id, until: '2026-12-01T09:00:00.000Z' }, journal.handlers)
    expect(answer).toMatchObject({ ok: true, value: { snoozedUntil: '2026-12-01T09:00:00.000Z' } })
    expect(journal.store.journal.followUps[0]!.notifiedAt).toBeUndefined()
    await time.advanceTo('2026-12-02T09:00:00.000Z')
    expect(shown.map((r) => r.title)).toEqual(['Dana Reyes', 'Dana Reyes'])
  })
})

describe('the follow-up calls', () => {
  it('refuse a snooze into the past, and a snooze of a finished follow-up, with a readable reason', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const journal = await open(time)
    const { followUp } = await withDana(journal, '2026-11-30T10:00:00.000Z')
    const past = await dispatch('followups:snooze', { id: followUp.id, until: '2026-11-30T08:00:00.000Z' }, journal.handlers)
    expect(past).toMatchObject({ ok: false, error: { message: expect.stringContaining('A snooze must end in the future') } })
    await journal.handlers['followups:dismiss']({ id: followUp.id })
    const finished = await dispatch('followups:snooze', { id: followUp.id, until: '2026-12-01T08:00:00.000Z' }, journal.handlers)
    expect(finished).toMatchObject({ ok: false, error: { message: expect.stringContaining('already dismissed') } })
  })

  it('done can log the conversation in the same save', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const journal = await open(time)
    const { dana, followUp } = await withDana(journal, '2026-11-30T10:00:00.000Z')
    const done = await journal.handlers['followups:done']({ id: followUp.id, logInteraction: { kind: 'coffee', summary: 'Coffee: Ohio expansion' } })
    expect(done.status).toBe('done')
    await journal.store.flush()
    const onDisk = JSON.parse(readFileSync(file, 'utf8'))
    expect(onDisk.followUps[0].status).toBe('done')
    expect(onDisk.interactions).toEqual([
      expect.objectContaining({ kind: 'coffee', summary: 'Coffee: Ohio expansion', personIds: [dana.id], date: '2026-11-30T09:00:00.000Z' }),
    ])
    // Done twice (a stale tray menu) is harmless.
    expect((await journal.handlers['followups:done']({ id: followUp.id })).status).toBe('done')
  })

  it('moving the due date re-arms the reminder; editing the note does not', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const journal = await open(time)
    const { followUp } = await withDana(journal, '2026-11-30T08:00:00.000Z')
    const { shown } = remind(journal, time)
    await time.advance(1000)
    expect(shown).toHaveLength(1)
    const edited = await journal.handlers['followups:update']({ id: followUp.id, patch: { note: 'Bring the brochure' } })
    expect(edited.notifiedAt).toBeDefined()
    const moved = await journal.handlers['followups:update']({ id: followUp.id, patch: { dueAt: '2026-11-30T12:00:00.000Z' } })
    expect(moved.notifiedAt).toBeUndefined()
    await time.advanceTo('2026-11-30T12:00:00.000Z')
    expect(shown.map((r) => r.body)).toEqual(['Send the Ohio article', 'Bring the brochure'])
  })

  it('say which follow-up is missing', async () => {
    const time = fakeTime('2026-11-30T09:00:00.000Z')
    const journal = await open(time)
    const answer = await dispatch('followups:done', { id: 'nope' }, journal.handlers)
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining('No follow-up with id "nope"') } })
  })
})
