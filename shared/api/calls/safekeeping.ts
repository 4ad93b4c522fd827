import { z } from 'zod'
import { ById, Empty, call, declareCalls } from '../call'
import type { JournalStatus } from './journal'
import type { BackupInfo, TrashItem } from '../safekeeping'

/** Backups beside the journal, and the trash that deletions go to (each kind deletes through its own domain). */
export const safekeepingCalls = declareCalls(
  'backups',
  'trash',
)({
  'backups:list': call<BackupInfo[]>('list backups')(Empty),
  'backups:restore': call<JournalStatus>('restore the backup')(z.object({ file: z.string().min(1, 'is required').max(255) })),
  'trash:list': call<TrashItem[]>('list the trash')(Empty),
  'trash:restore': call<TrashItem>('restore from the trash')(ById),
})
