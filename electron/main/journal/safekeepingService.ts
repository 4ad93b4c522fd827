import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Handlers, JournalStatus } from '../../../shared/api/contract'
import type { TrashKind } from '../../../shared/domain'
import { listBackups } from './backups'
import type { JournalStore } from './journalStore'
import { moveToTrash, restoreFromTrash, trashItems } from './trash'

export type SafekeepingChannel =
  | 'journal:export'
  | 'backups:list'
  | 'backups:restore'
  | 'journal:setAsideRepair'
  | 'journal:setAsideDrop'
  | 'trash:list'
  | 'trash:restore'
  | 'people:delete'
  | 'events:delete'
  | 'interactions:delete'
  | 'referrals:delete'

export type SafekeepingDeps = { now?: () => Date; newId?: () => string; status: () => JournalStatus }

/** Export, backups and the trash: the calls that keep a journal safe from its owner's mistakes. */
export function createSafekeepingHandlers(store: JournalStore, deps: SafekeepingDeps): Pick<Handlers, SafekeepingChannel> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => randomUUID())

  const trashItemFor = (id: string) => trashItems(store.journal, now()).find((item) => item.id === id)!
  const remove = (kind: TrashKind) => async ({ id }: { id: string }) => {
    const trashId = newId()
    await store.mutate((journal) => moveToTrash(journal, kind, id, now(), trashId))
    return trashItemFor(trashId)
  }

  return {
    'journal:export': async () => ({
      fileName: `kith-journal-${now().toISOString().slice(0, 10)}.json`,
      // A newer Kith's journal is exported as it is on disk: the read-only view may leave parts out.
      json: store.readOnly ? await readFile(store.path, 'utf8') : `${JSON.stringify(store.journal, null, 2)}\n`,
    }),
    'backups:list': () => listBackups(store.path),
    'backups:restore': async ({ file }) => {
      await store.restoreBackup(file)
      return deps.status()
    },
    'journal:setAsideRepair': async ({ key }) => {
      await store.settleSetAside(key, 'repair')
      return deps.status()
    },
    'journal:setAsideDrop': async ({ key }) => {
      await store.settleSetAside(key, 'drop')
      return deps.status()
    },
    'trash:list': () => trashItems(store.journal, now()),
    'trash:restore': async ({ id }) => {
      const item = trashItems(store.journal, now()).find((entry) => entry.id === id)
      if (!item) throw new Error(`Nothing with id "${id}" is in the trash. Deleted records are kept for 30 days.`)
      await store.mutate((journal) => restoreFromTrash(journal, id))
      return item
    },
    'people:delete': remove('person'),
    'events:delete': remove('event'),
    'interactions:delete': remove('interaction'),
    'referrals:delete': remove('referral'),
  }
}
