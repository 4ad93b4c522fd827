/** @vitest-environment node */
import fc from 'fast-check'
import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockPathFor } from '../../../electron/main/journal/journalLock'
import { openJournal, type OpenJournal } from '../../../electron/main/journal/openJournal'
import { emptyJournal, type Person } from '../../../shared/domain'
import { tempJournalPath } from '../journal/helpers'

type Action =
  | { kind: 'create' }
  | { kind: 'edit'; pick: number }
  | { kind: 'import'; pick: number }
  | { kind: 'outside' }
  | { kind: 'removeLock' }
  | { kind: 'secondInstance' }
  | { kind: 'kill' }
  | { kind: 'restart' }

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ kind: 'create' }),
  fc.nat(50).map<Action>((pick) => ({ kind: 'edit', pick })),
  fc.nat(50).map<Action>((pick) => ({ kind: 'import', pick })),
  fc.constant<Action>({ kind: 'outside' }),
  fc.constant<Action>({ kind: 'removeLock' }),
  fc.constant<Action>({ kind: 'secondInstance' }),
  fc.constant<Action>({ kind: 'kill' }),
  fc.constant<Action>({ kind: 'restart' }),
)

/** One "process" of Kith: a pid of its own, alive until killed, and a folder watcher the test fires as fs.watch would. */
class Kith {
  static nextPid = 500_000
  readonly pid = Kith.nextPid++
  alive = true
  fire: () => void = () => undefined
  app!: OpenJournal

  static async start(path: string, living: Set<number>): Promise<Kith> {
    const kith = new Kith()
    living.add(kith.pid)
    kith.app = await openJournal(path, {
      lock: { pid: kith.pid, isAlive: (pid) => living.has(pid) },
      watch: (_folder, onEvent) => ((kith.fire = () => onEvent(null)), { close: () => undefined }),
    })
    return kith
  }
}

/** Every file beside the journal that Kith names to the user: the journal and its kept copies. */
function peopleInFolder(path: string): Person[] {
  const folder = dirname(path)
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const parsed = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { people?: Person[]; records?: Array<{ record: Person }> }
      return [...(parsed.people ?? []), ...(parsed.records ?? []).map((entry) => entry.record)]
    })
}

const hostileCards = (n: number, mergeInto?: string) =>
  [
    `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported ${n}\r\nEMAIL:imported${n}@example.com\r\nX-KITH-MET-ON:2026-02-31\r\nEND:VCARD\r\n`,
    mergeInto
      ? `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Someone\r\nEMAIL:${mergeInto}\r\nX-KITH-MET-ON:2026-02-31\r\nNOTE;ENCODING=QUOTED-PRINTABLE:merged =\r\nnote ${n}\r\nEND:VCARD\r\n`
      : '',
  ].join('')

describe('nothing acknowledged is ever lost', () => {
  it('across random imports (hostile merges too), edits, outside replacements, lock removals, kills and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), async (actions) => {
        const path = tempJournalPath()
        const living = new Set<number>()
        let kith = await Kith.start(path, living)
        /** The newest acknowledged state of each person: id → company (or '' for none). */
        const acknowledged = new Map<string, { name: string; company: string }>()
        let counter = 0
        for (const step of actions) {
          const ids = [...acknowledged.keys()]
          const { handlers, store } = kith.app
          switch (step.kind) {
            case 'create': {
              const person = await handlers['people:create']({ name: `Person ${++counter}`, emails: [`p${counter}@example.com`] })
              acknowledged.set(person.id, { name: person.name, company: '' })
              break
            }
            case 'edit': {
              if (!ids.length) break
              const id = ids[step.pick % ids.length]!
              const person = await handlers['people:update']({ id, patch: { company: `Company ${++counter}` } })
              acknowledged.set(id, { name: person.name, company: person.company ?? '' })
              break
            }
            case 'import': {
              const target = ids.length ? store.journal.people.find((p) => p.id === ids[step.pick % ids.length])?.emails[0] : undefined
              const preview = await handlers['import:preview']({ fileName: 'hostile.vcf', text: hostileCards(++counter, target) })
              await handlers['import:apply']({ previewId: preview.previewId })
              const made = store.journal.people.find((p) => p.name === `Imported ${counter}`)!
              acknowledged.set(made.id, { name: made.name, company: made.company ?? '' })
              break
            }
            case 'outside': {
              const theirs = { ...emptyJournal(new Date('2026-11-01T00:00:00Z')), people: [] }
              writeFileSync(`${path}.sync`, JSON.stringify(theirs))
              renameSync(`${path}.sync`, path)
              kith.fire()
              await store.idleChecks()
              break
            }
            case 'removeLock':
              unlinkSync(lockPathFor(path))
              kith.fire()
              await store.idleChecks()
              break
            case 'secondInstance':
              await expect(Kith.start(path, living)).rejects.toThrow(/has this journal open|already open/)
              break
            case 'kill':
              // Nothing in flight (every call above was awaited): the process just vanishes, lock and all.
              living.delete(kith.pid)
              kith = await Kith.start(path, living)
              break
            case 'restart':
              await store.close()
              living.delete(kith.pid)
              kith = await Kith.start(path, living)
              break
          }
        }
        await kith.app.store.close()
        living.clear()

        const reopened = await Kith.start(path, living)
        expect(reopened.app.store.readOnly).toBe(false)
        const everywhere = peopleInFolder(path)
        for (const [id, state] of acknowledged) {
          const found = everywhere.some((p) => p.id === id && p.name === state.name && (p.company ?? '') === state.company)
          expect(found, `${state.name} (${id}) with company "${state.company}"`).toBe(true)
        }
        const inJournal = new Map(reopened.app.store.journal.people.map((p) => [p.id, p]))
        for (const [id, state] of acknowledged) expect(inJournal.get(id)?.company ?? '', state.name).toBe(state.company)
        await reopened.app.store.close()
      }),
      { numRuns: 25 },
    )
  }, 240_000)
})
