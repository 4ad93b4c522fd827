import { localDay } from '../../../../shared/derive/localDay'
import type { Journal, TrashKind } from '../../../../shared/domain'
import { NotFoundError, ServiceError } from '../serviceError'
import { moveToTrash, trashItems } from '../trash'
import type { ServiceContext } from './context'

type Listed = { id: string }
type ListName = { [K in keyof Journal]: Journal[K] extends Listed[] ? K : never }[keyof Journal]

export function find<T extends Listed>(list: readonly T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id)
  if (!found) throw new NotFoundError(`No ${what} with id "${id}" is in this journal. It may have been deleted.`)
  return found
}

/** id and timestamps for a new record; the client's id when it chose one (a retry then finds the record). */
export function stamp(ctx: ServiceContext, clientId?: string) {
  const at = ctx.now().toISOString()
  return { id: clientId ?? ctx.newId(), createdAt: at, updatedAt: at }
}

/** Validates a record against its schema before it enters the journal, so the journal stays loadable. */
export async function insert<L extends ListName>(
  ctx: ServiceContext,
  list: L,
  schema: { parse(v: unknown): Journal[L][number] },
  record: Record<string, unknown>,
  clientId?: string,
): Promise<Journal[L][number]> {
  // A retry of a change that was saved but never answered (a crash, a lost reply) returns the record it made.
  const made = clientId === undefined ? undefined : (ctx.journal()[list] as Listed[]).find((item) => item.id === clientId)
  if (made) return made as Journal[L][number]
  const valid = schema.parse(record)
  await ctx.store.mutate((journal) => {
    ;(journal[list] as unknown[]).push(valid)
  })
  return valid
}

/** Puts `updated` in the slot of the record with its id: a new object, never an edit of the old one. */
export function putRecord<L extends ListName>(journal: Journal, list: L, updated: Journal[L][number]): void {
  const records = journal[list] as Listed[]
  const at = records.findIndex((record) => record.id === (updated as Listed).id)
  if (at >= 0) records[at] = updated as Listed
  else records.push(updated as Listed)
}

export function requirePerson(ctx: ServiceContext, id: string | undefined, field: string): void {
  if (id && !ctx.journal().people.some((p) => p.id === id)) throw new NotFoundError(`${field}: no person with id "${id}" is in this journal.`, field)
}

export function requireEvent(ctx: ServiceContext, id: string | undefined, field: string): void {
  if (id && !ctx.journal().events.some((e) => e.id === id)) throw new NotFoundError(`${field}: no event with id "${id}" is in this journal.`, field)
}

/** Nobody is met, and nothing is said, after today: "last contact" would be ahead of the calendar. */
export function refuseFutureDay(ctx: ServiceContext, day: string | undefined, field: string): void {
  if (day && day > localDay(ctx.now())) throw ServiceError.about(field, 'that day is in the future. Pick today or an earlier day.')
}

/** A domain's `delete` call: the record (a person with their follow-ups) goes to the trash for 30 days. */
export function deleteToTrash(ctx: ServiceContext, kind: TrashKind) {
  return async ({ id }: { id: string }) => {
    const trashId = ctx.newId()
    await ctx.store.mutate((journal) => {
      moveToTrash(journal, kind, id, ctx.now(), trashId)
    })
    return trashItems(ctx.journal(), ctx.now()).find((item) => item.id === trashId)!
  }
}
