import { queryOptions } from '@tanstack/react-query'
import { ask } from '../client'
import { reads } from '../journalChanges'

/** The journal as a whole: its state (reads every part: counts, save errors) and what sits beside it. */
export const journalQueries = {
  /** Reads every part, so every change refreshes it (counts, save errors, outside changes). */
  status: () => queryOptions({ queryKey: ['journal', 'status'], queryFn: ask((kith) => kith.journal.status({})) }),
  settings: () => queryOptions({ queryKey: ['settings'], queryFn: ask((kith) => kith.settings.get({})), meta: reads('settings') }),
  profile: () => queryOptions({ queryKey: ['profile'], queryFn: ask((kith) => kith.profile.get({})), meta: reads('profile') }),
  icebreakers: (includeHidden = false) =>
    queryOptions({
      queryKey: ['icebreakers', { includeHidden }],
      queryFn: ask((kith) => kith.icebreakers.list(includeHidden ? { includeHidden } : {})),
      meta: reads('icebreakers'),
    }),
  /** Backup files rotate as the journal is saved: any change may add one. */
  backups: () => queryOptions({ queryKey: ['backups'], queryFn: ask((kith) => kith.backups.list({})) }),
  trash: () => queryOptions({ queryKey: ['trash'], queryFn: ask((kith) => kith.trash.list({})), meta: reads('trash') }),
}
