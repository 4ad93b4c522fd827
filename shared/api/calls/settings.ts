import { z } from 'zod'
import { Settings } from '../../domain'
import { Empty, call, declareCalls } from '../call'

/** The journal's settings: reminders, backups, cadence by tag, the tray. */
export const settingsCalls = declareCalls('settings')({
  'settings:get': call<Settings>('read the settings')(Empty),
  'settings:update': call<Settings>('save the settings')(z.object({ patch: Settings.partial() })),
})
