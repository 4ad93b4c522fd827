import { Settings } from '../../../../shared/domain'
import type { ServiceContext } from './context'
import type { DomainHandlers } from './registry'

/** The journal's settings: a new, checked settings object per change, never an edit of the old one. */
export function settingsHandlers({ store, journal }: ServiceContext): DomainHandlers<'settings'> {
  return {
    'settings:get': () => journal().settings,
    'settings:update': async ({ patch }) => {
      const updated = Settings.parse({ ...journal().settings, ...patch })
      await store.mutate((draft) => {
        draft.settings = updated
      })
      return updated
    },
  }
}
