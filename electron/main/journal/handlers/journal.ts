import { readFile } from 'node:fs/promises'
import { emptyJournal } from '../../../../shared/domain'
import { generateSampleJournal } from '../../../../shared/sample/generate'
import { ServiceError } from '../serviceError'
import { hasRecords, type ServiceContext } from './context'
import type { DomainHandlers } from './registry'

/** The journal as a whole: its status, how a new one starts, its export, and the records set aside when it opened. */
export function journalHandlers(ctx: ServiceContext): DomainHandlers<'journal'> {
  const { store, journal: j, now, status } = ctx
  return {
    'journal:status': () => status(),
    'journal:startEmpty': async () => {
      if (hasRecords(j()))
        throw new ServiceError(
          'This journal already holds records, so Kith will not start it empty: nothing of yours is replaced. Delete records one by one, or choose another journal file.',
        )
      const fresh = emptyJournal(now())
      fresh.settings.onboarded = true
      await store.mutate((journal) => {
        Object.assign(journal, { ...fresh, profile: journal.profile })
      })
      return status()
    },
    'journal:loadSample': async () => {
      if (j().people.length > 0) throw new ServiceError('The sample journal can only be loaded into an empty journal, so nothing of yours is replaced.')
      const sample = generateSampleJournal({ now: now() })
      sample.settings.onboarded = true
      await store.replace(sample)
      return status()
    },
    'journal:export': async () => ({
      fileName: `kith-journal-${now().toISOString().slice(0, 10)}.json`,
      // A newer Kith's journal is exported as it is on disk: the read-only view may leave parts out.
      json: store.readOnly ? await readFile(store.path, 'utf8') : `${JSON.stringify(j(), null, 2)}\n`,
    }),
    'journal:setAsideRepair': async ({ key }) => {
      await store.settleSetAside(key, 'repair')
      return status()
    },
    'journal:setAsideDrop': async ({ key }) => {
      await store.settleSetAside(key, 'drop')
      return status()
    },
  }
}
