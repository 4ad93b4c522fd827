import { z } from 'zod'
import { ExportPeople, ImportApplyInput, ImportPreviewInput } from '../../exchange/schemas'
import type { ExportFile, ImportPreview, ImportResult } from '../../exchange/api'
import { Empty, call, declareCalls } from '../call'

/** Contacts in (vCard, CSV, LinkedIn, Google) with a preview first, and contacts and the calendar out. */
export const exchangeCalls = declareCalls(
  'import',
  'export',
)({
  'import:preview': call<ImportPreview>('read the file to import')(ImportPreviewInput),
  'import:apply': call<ImportResult>('import the contacts')(ImportApplyInput),
  'export:vcard': call<ExportFile>('export the vCards')(z.object({ personIds: ExportPeople, version: z.enum(['4.0', '3.0']).default('4.0') })),
  'export:csv': call<ExportFile>('export the spreadsheet')(z.object({ personIds: ExportPeople })),
  'export:ical': call<ExportFile>('export the calendar')(Empty),
})
