/** @vitest-environment node */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/api/channels'
import { contract } from '../../../shared/api/contract'
import { findForbiddenKey } from '../../../shared/api/forbiddenKeys'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { arbitraryFromZod } from './arbitraryFromZod'
import { openJournalUnderTest, type JournalUnderTest } from './journalUnderTest'

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()

let journal: JournalUnderTest
beforeAll(async () => {
  journal = await openJournalUnderTest()
})
afterAll(() => journal.close())

function expectPrototypeUntouched() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES)
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(probe.isAdmin).toBeUndefined()
  expect(Object.keys(probe)).toEqual([])
}

/** Every plain object inside a value, with its path, so a key can be planted at any depth. */
function objectsIn(value: unknown, path: string[] = []): string[][] {
  if (!value || typeof value !== 'object') return []
  const here = Array.isArray(value) ? [] : [path]
  return [...here, ...Object.entries(value).flatMap(([key, child]) => objectsIn(child, [...path, key]))]
}

/**
 * Plants `"<forbidden>": {...}` in the object at `path` and rebuilds the message with
 * JSON.parse, which (unlike an assignment) makes `__proto__` an own key, exactly as a
 * hostile page's JSON body or IPC message would arrive.
 */
function plant(input: unknown, path: string[], key: string, payload: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>
  let node = copy
  for (const step of path) node = node[step] as Record<string, unknown>
  node['@@PLANTED@@'] = payload
  return JSON.parse(JSON.stringify(copy).replace('"@@PLANTED@@"', JSON.stringify(key)))
}

const payload = fc.constantFrom<unknown>({ polluted: true }, { isAdmin: true, toString: 'x' }, 1, 'yes', [{ polluted: true }])

describe('prototype-polluting keys are refused at any depth', () => {
  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const schema = contract[channel].input
    const planted = arbitraryFromZod(schema, { knownIds: () => journal.knownIds() })
      // Start clean (fast-check may itself pick "__proto__" as a tag), then plant exactly one key.
      .filter((input) => schema.safeParse(input).success && !findForbiddenKey(input))
      .chain((input) => {
        const root = input && typeof input === 'object' ? input : {}
        return fc.tuple(fc.constant(root), fc.constantFrom(...objectsIn(root)), fc.constantFrom(...FORBIDDEN), payload)
      })
      .map(([input, path, key, value]) => ({ message: plant(input, path, key, value), where: [...path, key].join('.'), key }))
    const before = await journal.bytes()
    await fc.assert(
      fc.asyncProperty(planted, async ({ message, where, key }) => {
        const answer = await dispatch(channel, message, journal.handlers)
        expect(answer).toEqual({
          ok: false,
          error: { message: expect.stringContaining(`"${key}" is not allowed as a field name (found at ${where})`), field: where },
        })
        expectPrototypeUntouched()
      }),
      { numRuns: 30 },
    )
    expect((await journal.bytes()).equals(before)).toBe(true)
  })

  it('settings:update refuses a cadenceByTag record carrying __proto__ and keeps ordinary tags', async () => {
    const hostile = JSON.parse('{"patch":{"cadenceByTag":{"clients":30,"__proto__":{"polluted":true}}}}')
    const refused = await dispatch('settings:update', hostile, journal.handlers)
    expect(refused).toEqual({
      ok: false,
      error: {
        message:
          'Could not save the settings: "__proto__" is not allowed as a field name (found at patch.cadenceByTag.__proto__), so Kith refused the message.',
        field: 'patch.cadenceByTag.__proto__',
      },
    })
    expect(journal.store.journal.settings.cadenceByTag).not.toHaveProperty('clients')
    expectPrototypeUntouched()

    const ordinary = await dispatch('settings:update', { patch: { cadenceByTag: { clients: 30, 'board members': 45 } } }, journal.handlers)
    expect(ordinary.ok).toBe(true)
    await journal.expectSoundOnDisk()
    expect(journal.store.journal.settings.cadenceByTag).toEqual({ clients: 30, 'board members': 45 })
  })

  it('a tag named "constructor" is refused too, rather than shadowing Object.prototype.constructor', async () => {
    const answer = await dispatch('settings:update', { patch: { cadenceByTag: { constructor: 7 } } }, journal.handlers)
    expect(answer.ok).toBe(false)
    expect(journal.store.journal.settings.cadenceByTag).not.toHaveProperty('constructor', 7)
    expectPrototypeUntouched()
  })

  it('a key hidden below the depth the walk looks at is refused as too deep', async () => {
    let deep: unknown = JSON.parse('{"__proto__":{"polluted":true}}')
    for (let i = 0; i < 100; i++) deep = { nested: deep }
    const answer = await dispatch('people:create', { name: 'Dana', notes: deep }, journal.handlers)
    expect(answer.ok).toBe(false)
    if (!answer.ok)
      expect(answer.error.message).toMatch(/^Could not add the person: notes(\.nested)+ is nested more than 32 levels deep, so Kith refused it\.$/)
    expectPrototypeUntouched()
  })
})
