import type { ImportPreview } from '../../../shared/exchange/api'

/** A LinkedIn preview with one row of each kind: new, merge (with a warning), skip, and a row error. */
export const preview: ImportPreview = {
  previewId: 'pv-1',
  fileName: 'Connections.csv',
  format: 'linkedin',
  formatName: 'LinkedIn connections (CSV)',
  rows: [
    { line: 5, name: 'Dana Reyes', company: 'Reyes Landscaping', action: 'new', adds: [], warnings: [] },
    {
      line: 6,
      name: 'Marcus Bell',
      action: 'merge',
      match: { personId: 'p-marcus', name: 'Marcus Bell', by: 'email' },
      adds: ['first-met date', '1 link'],
      warnings: ['"Connected On" (soon) is not a date like 15 Jan 2023, so it was left out.'],
    },
    { line: 7, name: 'Noah Williams', action: 'skip', match: { personId: 'p-noah', name: 'Noah Williams', by: 'LinkedIn profile' }, adds: [], warnings: [] },
  ],
  errors: [{ line: 8, message: 'This row has neither a name nor an email address.' }],
  notices: [],
  counts: { new: 1, merge: 1, skip: 1, errors: 1 },
}
