/** @vitest-environment node */
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../../shared/api/channels'
import { contract } from '../../../shared/api/contract'
import { callPhrase } from '../../../shared/api/callPhrases'
import { findForbiddenKey } from '../../../shared/api/forbiddenKeys'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { arbitraryFromZod, fieldPaths } from './arbitraryFromZod'
import { openJournalUnderTest, type JournalUnderTest } from './journalUnderTest'

const RUNS = 100

let journal: JournalUnderTest
beforeAll(async () => {
  journal = await openJournalUnderTest()
})
afterAll(() => journal.close())

const validInput = (channel: Channel, explicitUndefined = false) =>
  arbitraryFromZod(contract[channel].input, { knownIds: () => journal.knownIds(), explicitUndefined }).filter(
    (input) => contract[channel].input.safeParse(input).success,
  )

describe('inputs that match the schema never break the service or the journal', () => {
  // journal:startEmpty wipes the people; later calls should still reach real records.
  beforeEach(async () => {
    if (journal.store.journal.people.length === 0) await dispatch('journal:loadSample', {}, journal.handlers)
  })

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    await fc.assert(
      fc.asyncProperty(validInput(channel), fc.boolean(), async (input, viaIpc) => {
        // IPC's structured clone keeps `{ key: undefined }`; the bridge's JSON drops it.
        const sent = viaIpc ? input : JSON.parse(JSON.stringify(input ?? {}))
        const answer = await dispatch(channel, sent, journal.handlers)
        // Refusals such as "No person with id …" are fine; a crash inside the service is not.
        expect(journal.takeCrashes()).toEqual([])
        if (!answer.ok) expect(answer.error.message).toMatch(/^([A-Z"“]|[A-Za-z.\d]+: [a-z])/)
      }),
      { numRuns: RUNS },
    )
    await journal.expectSoundOnDisk()
  })

  it('explicit undefined fields (possible over IPC) are treated as absent', async () => {
    const sequence = fc.array(
      fc.oneof(...CHANNELS.filter((c) => c !== 'journal:startEmpty').map((c) => validInput(c, true).map((input) => [c, input] as const))),
      { maxLength: 8 },
    )
    await fc.assert(
      fc.asyncProperty(sequence, async (calls) => {
        for (const [channel, input] of calls) {
          await dispatch(channel, input, journal.handlers)
          expect(journal.takeCrashes(), channel).toEqual([])
        }
      }),
      { numRuns: RUNS },
    )
    await journal.expectSoundOnDisk()
  })
})

/** Values of every kind but the one a field wants: fast-check picks, the schema decides. */
const wrongValue = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 5 }),
  fc.constant('x'.repeat(25_000)),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  fc.constant(-1),
  fc.constant(1.5),
)

function withFieldSetTo(input: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path.at(-1)!] = value
  return copy
}

describe('inputs that do not match the schema are refused readably and change nothing', () => {
  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const schema = contract[channel].input
    const paths = fieldPaths(schema)
    const broken = fc.oneof(
      // A whole message that is not a group of fields at all.
      fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.boolean()),
      ...(paths.length
        ? [fc.tuple(validInput(channel), fc.constantFrom(...paths), wrongValue).map(([input, path, value]) => withFieldSetTo(input, path, value))]
        : []),
    )
    const before = await journal.bytes()
    await fc.assert(
      fc.asyncProperty(broken, async (input) => {
        const parsed = schema.safeParse(input ?? {})
        // Forbidden keys are refused before the schema looks; prototypePollution.test.ts covers them.
        fc.pre(!parsed.success && !findForbiddenKey(input))
        const answer = await dispatch(channel, JSON.parse(JSON.stringify(input)), journal.handlers)
        expect(answer.ok).toBe(false)
        if (answer.ok) return
        const { message, field } = answer.error
        expect(message).toMatch(new RegExp(`^Could not ${callPhrase(channel)}: .+\\.$`))
        expect(message).not.toMatch(/Invalid input|expected \w+, received|Too (big|small)/)
        const zodField = parsed.error!.issues[0]!.path.join('.')
        expect(field ?? '').toBe(zodField)
        if (zodField) expect(message).toContain(zodField)
      }),
      { numRuns: RUNS },
    )
    expect((await journal.bytes()).equals(before), 'the journal file is byte-for-byte unchanged').toBe(true)
  })
})
