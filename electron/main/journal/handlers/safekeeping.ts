import { listBackups } from '../backups'
import { restoreFromTrash, trashItems } from '../trash'
import { NotFoundError } from '../serviceError'
import type { ServiceContext } from './context'
import type { DomainHandlers } from './registry'

/** Backups and the trash: what keeps a journal safe from its owner's mistakes. Each domain deletes its own records. */
export function safekeepingHandlers({ store, journal, now, status }: ServiceContext): DomainHandlers<'backups' | 'trash'> {
  return {
    'backups:list': () => listBackups(store.path),
    'backups:restore': async ({ file }) => {
      await store.restoreBackup(file)
      return status()
    },
    'trash:list': () => trashItems(journal(), now()),
    'trash:restore': async ({ id }) => {
      const item = trashItems(journal(), now()).find((entry) => entry.id === id)
      if (!item) throw new NotFoundError(`Nothing with id "${id}" is in the trash. Deleted records are kept for 30 days.`)
      await store.mutate((draft) => {
        restoreFromTrash(draft, id)
      })
      return item
    },
  }
}
