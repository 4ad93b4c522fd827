/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openService, tempJournalPath } from '../journal/helpers'

describe('idempotent changes', () => {
  it('a retry with the same client id after a restart finds the saved record and creates no duplicate', async () => {
    const path = tempJournalPath()
    const first = await openService(path)
    const call = { name: 'Dana Reyes', clientId: 'c-7f3a9' }
    // The change reached the disk, but the answer never reached the client (Kith was killed).
    const saved = await dispatch('people:create', call, first.handlers)
    await first.store.close()

    const second = await openService(path)
    const retried = await dispatch('people:create', call, second.handlers)
    expect(retried).toEqual(saved)
    expect((await second.handlers['people:list']({})).map((p) => p.name)).toEqual(['Dana Reyes'])
  })

  it('works for every call that creates a record', async () => {
    const { handlers } = await openService(tempJournalPath())
    const dana = await handlers['people:create']({ name: 'Dana Reyes' })
    const twice = async (channel: 'events:create' | 'interactions:create' | 'referrals:create' | 'followups:create', input: Record<string, unknown>) => {
      const a = await dispatch(channel, input, handlers)
      const b = await dispatch(channel, input, handlers)
      expect(a.ok && b.ok).toBe(true)
      expect(b).toEqual(a)
    }
    await twice('events:create', { title: 'Meetup', startsAt: '2026-12-01T18:00:00Z', clientId: 'e1' })
    await twice('interactions:create', { date: '2026-12-01T18:00:00Z', kind: 'coffee', personIds: [dana.id], summary: 'Coffee', clientId: 'i1' })
    await twice('referrals:create', { date: '2026-12-01T18:00:00Z', direction: 'given', toPersonId: dana.id, about: 'A plumber', clientId: 'r1' })
    await twice('followups:create', { personId: dana.id, dueAt: '2026-12-08T09:00:00Z', note: 'Call back', clientId: 'f1' })
    expect((await handlers['events:list']({})).length).toBe(1)
    expect((await handlers['interactions:list']({})).length).toBe(1)
    expect((await handlers['referrals:list']({})).length).toBe(1)
    expect((await handlers['followups:list']({})).length).toBe(1)
  })

  it('without a client id, two calls still make two records', async () => {
    const { handlers } = await openService(tempJournalPath())
    await handlers['people:create']({ name: 'Dana Reyes' })
    await handlers['people:create']({ name: 'Dana Reyes' })
    expect(await handlers['people:list']({})).toHaveLength(2)
  })
})
