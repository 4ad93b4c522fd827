/** @vitest-environment node */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Journal } from '../../../shared/domain'
import { openService, tempJournalPath } from './helpers'

describe('the trash', () => {
  it('takes a deleted person with their follow-ups, and gives them back', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path, { now: () => new Date('2026-11-29T12:00:00Z') })
    const dana = await handlers['people:create']({ name: 'Dana Reyes' })
    const sam = await handlers['people:create']({ name: 'Sam Okafor' })
    await handlers['followups:create']({ personId: dana.id, dueAt: '2026-12-01T09:00:00Z', note: 'Send the list' })
    await handlers['followups:create']({ personId: sam.id, dueAt: '2026-12-02T09:00:00Z', note: 'Call Sam' })

    const item = await handlers['people:delete']({ id: dana.id })
    expect(item).toMatchObject({ kind: 'person', label: 'Dana Reyes', deletedAt: '2026-11-29T12:00:00.000Z', purgeAt: '2026-12-29T12:00:00.000Z' })
    expect((await handlers['people:list']({})).map((p) => p.name)).toEqual(['Sam Okafor'])
    expect((await handlers['followups:list']({})).map((f) => f.note)).toEqual(['Call Sam'])
    expect(await handlers['trash:list']({})).toEqual([item])
    // Durable like any other change.
    expect(Journal.parse(JSON.parse(readFileSync(path, 'utf8'))).trash).toHaveLength(1)

    await handlers['trash:restore']({ id: item.id })
    expect((await handlers['people:get']({ id: dana.id })).name).toBe('Dana Reyes')
    expect((await handlers['followups:list']({})).map((f) => f.note).sort()).toEqual(['Call Sam', 'Send the list'])
    expect(await handlers['trash:list']({})).toEqual([])
  })

  it('takes events, interactions and referrals too', async () => {
    const path = tempJournalPath()
    const { handlers } = await openService(path)
    const dana = await handlers['people:create']({ name: 'Dana Reyes' })
    const event = await handlers['events:create']({ title: 'Chamber mixer', startsAt: '2026-11-20T17:30:00Z' })
    const coffee = await handlers['interactions:create']({ date: '2026-11-21T09:00:00Z', kind: 'coffee', personIds: [dana.id], summary: 'Coffee' })
    const referral = await handlers['referrals:create']({ date: '2026-11-22T09:00:00Z', direction: 'given', toPersonId: dana.id, about: 'A bookkeeper' })

    const labels = [
      (await handlers['events:delete']({ id: event.id })).label,
      (await handlers['interactions:delete']({ id: coffee.id })).label,
      (await handlers['referrals:delete']({ id: referral.id })).label,
    ]
    expect(labels).toEqual(['Chamber mixer', 'Coffee', 'A bookkeeper'])
    expect([await handlers['events:list']({}), await handlers['interactions:list']({}), await handlers['referrals:list']({})]).toEqual([[], [], []])
    for (const item of await handlers['trash:list']({})) await handlers['trash:restore']({ id: item.id })
    expect((await handlers['events:list']({})).map((e) => e.title)).toEqual(['Chamber mixer'])
    expect((await handlers['interactions:list']({})).map((i) => i.summary)).toEqual(['Coffee'])
    expect((await handlers['referrals:list']({})).map((r) => r.about)).toEqual(['A bookkeeper'])
  })

  it('says so when the record is not there', async () => {
    const { handlers } = await openService(tempJournalPath())
    await expect(handlers['people:delete']({ id: 'nobody' })).rejects.toThrow(/No person with id "nobody"/)
    await expect(handlers['trash:restore']({ id: 'nothing' })).rejects.toThrow(/Nothing with id "nothing" is in the trash/)
  })

  it('forgets entries after 30 days, purged when the journal opens', async () => {
    const path = tempJournalPath()
    const first = await openService(path, { now: () => new Date('2026-10-01T12:00:00Z') })
    const kept = await first.handlers['people:create']({ name: 'Deleted Later' })
    const gone = await first.handlers['people:create']({ name: 'Deleted Early' })
    await first.handlers['people:delete']({ id: gone.id })
    await first.store.close()

    const second = await openService(path, { now: () => new Date('2026-10-25T12:00:00Z') })
    await second.handlers['people:delete']({ id: kept.id })
    await second.store.close()

    const later = await openService(path, { now: () => new Date('2026-11-01T12:00:00Z') })
    expect((await later.handlers['trash:list']({})).map((t) => t.label)).toEqual(['Deleted Later'])
    expect(Journal.parse(JSON.parse(readFileSync(path, 'utf8'))).trash.map((t) => t.record.id)).toEqual([kept.id])
  })

  it('refuses to restore over a record with the same id', async () => {
    const path = tempJournalPath()
    const { store, handlers } = await openService(path)
    const dana = await handlers['people:create']({ name: 'Dana Reyes' })
    const item = await handlers['people:delete']({ id: dana.id })
    const twin = store.journal.trash[0]!.record
    await store.mutate((journal) => journal.people.push({ ...(twin as typeof dana) }))
    await expect(handlers['trash:restore']({ id: item.id })).rejects.toThrow(/already in the journal/)
    expect(await handlers['trash:list']({})).toHaveLength(1)
  })
})
