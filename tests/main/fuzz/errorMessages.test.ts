/** @vitest-environment node */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { openJournalUnderTest, type JournalUnderTest } from './journalUnderTest'

let journal: JournalUnderTest
beforeAll(async () => {
  journal = await openJournalUnderTest()
})
afterAll(() => journal.close())

const refusal = async (channel: string, input: unknown) => {
  const answer = await dispatch(channel, input, journal.handlers)
  if (answer.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`)
  return answer.error
}

describe('errors for bad input read as sentences that name the field', () => {
  it.each<[string, unknown, string, string | undefined]>([
    ['people:create', {}, 'Could not add the person: name is required.', 'name'],
    ['people:create', { name: '   ' }, 'Could not add the person: name is required.', 'name'],
    ['people:create', { name: 42 }, 'Could not add the person: name must be text, not a number.', 'name'],
    ['people:create', { name: 'Dana', emails: ['not-an-email'] }, 'Could not add the person: emails.0 must be an email address.', 'emails.0'],
    ['people:create', { name: 'Dana', tags: 'vip' }, 'Could not add the person: tags must be a list, not text.', 'tags'],
    ['people:create', { name: 'Dana', cadenceDays: 0 }, 'Could not add the person: cadenceDays must be at least 1.', 'cadenceDays'],
    ['people:create', { name: 'Dana', cadenceDays: 2.5 }, 'Could not add the person: cadenceDays must be a whole number.', 'cadenceDays'],
    ['people:create', { name: 'Dana', metOn: '29/11/2026' }, 'Could not add the person: metOn must be a date like 2026-11-29.', 'metOn'],
    ['people:create', 'Dana', 'Could not add the person: the input must be a group of fields, not text.', undefined],
    [
      'people:update',
      { id: 'p-1', patch: { archived: 'yes' } },
      'Could not save the person: patch.archived must be true or false, not text.',
      'patch.archived',
    ],
    ['people:get', { id: '../../etc/passwd' }, 'Could not open the person: id must be a Kith id (letters, digits, - and _).', 'id'],
    [
      'events:create',
      { title: 'Mixer', startsAt: '2026-11-29T18:00:00Z', kind: 'rave' },
      'Could not add the event: kind must be one of: party, chamber-mixer, leads-group, conference, one-to-one, dinner, other.',
      'kind',
    ],
    [
      'events:create',
      { title: 'Mixer', startsAt: '2026-11-29T18:00:00Z', endsAt: '2026-11-29T17:00:00Z' },
      'Could not add the event: endsAt must not be before the start.',
      'endsAt',
    ],
    [
      'events:create',
      { title: 'Mixer', startsAt: `2026-11-29T18:00:00.${'1'.repeat(100)}Z` },
      'Could not add the event: startsAt must be an ISO 8601 date and time, e.g. 2026-11-29T18:30:00Z.',
      'startsAt',
    ],
    [
      'interactions:create',
      { date: '2026-11-29T18:00:00Z', kind: 'met', personIds: [], summary: 'Coffee' },
      'Could not log the interaction: personIds must name at least one person.',
      'personIds',
    ],
    [
      'settings:update',
      { patch: { quietHours: { enabled: true, start: '25:00', end: '07:00' } } },
      'Could not save the settings: patch.quietHours.start must be a time like 08:30.',
      'patch.quietHours.start',
    ],
    [
      'settings:update',
      { patch: { cadenceByTag: { clients: 99999 } } },
      'Could not save the settings: patch.cadenceByTag.clients must be at most 3650.',
      'patch.cadenceByTag.clients',
    ],
    ['settings:update', { patch: { theme: null } }, 'Could not save the settings: patch.theme must be one of: auto, light, dark.', 'patch.theme'],
  ])('%s %j', async (channel, input, message, field) => {
    expect(await refusal(channel, input)).toEqual(field ? { message, field } : { message })
  })

  it('a record with too many entries says how many are allowed', async () => {
    const cadenceByTag = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`tag${i}`, 30]))
    expect(await refusal('settings:update', { patch: { cadenceByTag } })).toEqual({
      message: 'Could not save the settings: patch.cadenceByTag must have at most 500 entries.',
      field: 'patch.cadenceByTag',
    })
  })

  it('an unknown call is named, and cut short if it is long', async () => {
    expect(await refusal('people:explode', {})).toEqual({ message: 'Kith has no call named "people:explode".' })
    expect((await refusal('x'.repeat(10_000), {})).message.length).toBeLessThan(120)
  })

  it('a refusal from the service keeps its field, so a form can point at it', async () => {
    expect(await refusal('followups:create', { personId: 'nobody', dueAt: '2026-12-01T09:00:00Z', note: 'Call back' })).toEqual({
      message: expect.stringMatching(/^personId: no person with id "nobody"/),
      field: 'personId',
    })
  })
})
