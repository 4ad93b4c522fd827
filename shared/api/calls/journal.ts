import { z } from 'zod'
import type { JournalCounts } from '../../domain'
import { Empty, call, declareCalls } from '../call'
import type { JournalExport, Recovery } from '../safekeeping'

export type JournalStatus = {
  path: string
  onboarded: boolean
  readOnly: boolean
  counts: JournalCounts
  /** Set when the journal on disk could not be opened as it was (damaged, or from a newer Kith). */
  recovery?: Recovery
  /** Why the last save failed (disk full, no permission); the changes are kept in memory. */
  saveError?: string
  /** Set once another program's version of the journal file was found and kept beside it: what Kith did. */
  outsideChange?: string
}

const SetAsideKey = z.object({ key: z.string().min(1, 'is required').max(20) })

/** The journal as a whole: its status, how it starts, its export, and the records a full check set aside. */
export const journalCalls = declareCalls('journal')({
  'journal:status': call<JournalStatus>('read the journal status')(Empty),
  'journal:startEmpty': call<JournalStatus>('start an empty journal')(Empty),
  'journal:loadSample': call<JournalStatus>('load the sample journal')(Empty),
  'journal:export': call<JournalExport>('export the journal')(Empty),
  'journal:setAsideRepair': call<JournalStatus>('mend the set-aside record')(SetAsideKey),
  'journal:setAsideDrop': call<JournalStatus>('drop the set-aside record')(SetAsideKey),
})
