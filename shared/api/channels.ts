export { CHANNELS, type Channel } from './contract'
import type { Channel } from './contract'
import type { ImportProgress } from '../exchange/api'

export type Domain<C extends string = Channel> = C extends `${infer D}:${string}` ? D : never
export type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never

/** Push events from the main process (or the bridge) to the renderer. */
export type PushEvent =
  /** `changed`: the journal's top-level parts the change touched; absent means anything may have changed. */
  | { type: 'journal:changed'; changed?: string[] }
  | { type: 'followup:due'; followUpId: string; personId?: string; title: string; body: string }
  | { type: 'navigate'; to: string }
  /** A summary of many due follow-ups, or the weekly review: `to` is the route to open. */
  | { type: 'reminder'; title: string; body: string; to: string }
  /** The tray's Quick add: the window should open its quick capture. */
  | { type: 'quick-add' }
  /** How far the import the window asked for has come. */
  | { type: 'import:progress'; progress: ImportProgress }
