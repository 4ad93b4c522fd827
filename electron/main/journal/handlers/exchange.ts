import type { Journal, Person } from '../../../../shared/domain'
import type { ExportFile, ImportPreview } from '../../../../shared/exchange/api'
import {
  FORMAT_NAMES,
  planImport,
  planImportInSlices,
  readImportInSlices,
  writeCalendar,
  writePeopleCsv,
  writeVCards,
  type ReadResult,
} from '../../../../shared/exchange'
import { ServiceError } from '../serviceError'
import type { ServiceContext } from './context'
import type { DomainHandlers } from './registry'
import { progressReporter } from './progressReporter'

/** Previews wait here for the user's confirmation; only the newest few are kept. */
const KEPT_PREVIEWS = 3

const day = (now: Date) => now.toISOString().slice(0, 10)

/** Import and export calls. Parsing is pure (shared/exchange); this wires it to the store. */
export function exchangeHandlers({ store, now, newId, importProgress }: ServiceContext): DomainHandlers<'import' | 'export'> {
  const previews = new Map<string, { fileName: string; read: ReadResult }>()

  const chosenPeople = (journal: Journal, personIds?: string[]): Person[] => {
    if (!personIds) return journal.people.filter((p) => !p.archived)
    const wanted = new Set(personIds)
    const people = journal.people.filter((p) => wanted.has(p.id))
    if (people.length !== wanted.size) throw new ServiceError('Some of the chosen people are no longer in this journal. Choose them again.')
    return people
  }

  const file = (fileName: string, mimeType: string, text: string): ExportFile => ({ fileName, mimeType, text })
  const report = progressReporter(importProgress)

  return {
    'import:preview': async ({ fileName, text }): Promise<ImportPreview> => {
      const read = await readImportInSlices(fileName, text, report('reading'))
      const plan = await planImportInSlices(store.journal.people, read, { now: now(), newId }, {}, report('checking'))
      const previewId = newId()
      previews.set(previewId, { fileName, read })
      for (const old of previews.keys()) if (previews.size > KEPT_PREVIEWS) previews.delete(old)
      const count = (action: string) => plan.rows.filter((row) => row.action === action).length
      return {
        previewId,
        fileName,
        format: read.format,
        formatName: FORMAT_NAMES[read.format],
        rows: plan.rows,
        errors: plan.errors,
        notices: read.notices,
        counts: { new: count('new'), merge: count('merge'), skip: count('skip'), errors: plan.errors.length },
      }
    },

    'import:apply': async ({ previewId, choices }) => {
      const preview = previews.get(previewId)
      if (!preview) throw new ServiceError('This import preview has expired (another file was previewed since, or Kith restarted). Choose the file again.')
      const planDeps = { now: now(), newId }
      const plannedAt = store.revision
      let plan = await planImportInSlices(store.journal.people, preview.read, planDeps, choices ?? {}, report('importing'))
      let backupFile: string | undefined
      if (plan.created + plan.merged > 0) {
        report('saving')({ done: 0, total: plan.created + plan.merged })
        backupFile = await store.backupNow('before-import')
        // The new people are checked against the schema in slices too, so the change itself only stores them.
        await store.precheck('people', plan.people)
        await store.mutate((journal) => {
          // An edit made since planning (or during the backup) is merged into, never overwritten: plan again, against the journal as it is now.
          if (store.revision !== plannedAt) plan = planImport(store.journal.people, preview.read, planDeps, choices ?? {})
          journal.people = plan.people
        })
      }
      previews.delete(previewId)
      return {
        created: plan.created,
        merged: plan.merged,
        skipped: plan.rows.length - plan.created - plan.merged,
        errors: plan.errors.length,
        backupFile,
      }
    },

    'export:vcard': ({ personIds, version }) => {
      const journal = store.journal
      const text = writeVCards(chosenPeople(journal, personIds), version, journal.people)
      return file(`kith-contacts-${day(now())}.vcf`, 'text/vcard', text)
    },
    'export:csv': ({ personIds }) => {
      const journal = store.journal
      return file(`kith-contacts-${day(now())}.csv`, 'text/csv', writePeopleCsv(chosenPeople(journal, personIds), journal))
    },
    'export:ical': () => file(`kith-calendar-${day(now())}.ics`, 'text/calendar', writeCalendar(store.journal, now())),
  }
}
