import type { ImportProgress } from '../exchange/api'
/**
 * Every call the renderer may make, by name. Kept free of zod so the sandboxed
 * preload can build `window.kith` from it without bundling the schemas.
 * `contract.ts` must declare exactly these (checked by the type system).
 */
export const CHANNELS = [
  'journal:status',
  'journal:startEmpty',
  'journal:loadSample',
  'people:create',
  'people:list',
  'people:get',
  'people:update',
  'events:create',
  'events:list',
  'events:get',
  'events:update',
  'interactions:create',
  'interactions:list',
  'referrals:create',
  'referrals:list',
  'referrals:update',
  'referrals:ledger',
  'timeline:get',
  'timeline:packed',
  'people:overview',
  'people:timeline',
  'people:merge',
  'people:capture',
  'search:query',
  'followups:create',
  'followups:list',
  'followups:update',
  'followups:snooze',
  'followups:done',
  'followups:dismiss',
  'followups:suggested',
  'cheatsheet:get',
  'icebreakers:list',
  'icebreakers:create',
  'icebreakers:update',
  'people:answer',
  'profile:get',
  'profile:update',
  'print:cheatsheet',
  'settings:get',
  'settings:update',
  'journal:export',
  'backups:list',
  'backups:restore',
  'journal:setAsideRepair',
  'journal:setAsideDrop',
  'trash:list',
  'trash:restore',
  'people:delete',
  'events:delete',
  'interactions:delete',
  'referrals:delete',
  'reviews:list',
  'reviews:get',
  'reviews:save',
  'reviews:history',
  'review:summary',
  'import:preview',
  'import:apply',
  'export:vcard',
  'export:csv',
  'export:ical',
  'capture:parse',
  'capture:apply',
] as const

export type Channel = (typeof CHANNELS)[number]

export type Domain<C extends string = Channel> = C extends `${infer D}:${string}` ? D : never
export type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never

/** Push events from the main process (or the bridge) to the renderer. */
export type PushEvent =
  | { type: 'journal:changed' }
  | { type: 'followup:due'; followUpId: string; personId?: string; title: string; body: string }
  | { type: 'navigate'; to: string }
  /** A summary of many due follow-ups, or the weekly review: `to` is the route to open. */
  | { type: 'reminder'; title: string; body: string; to: string }
  /** The tray's Quick add: the window should open its quick capture. */
  | { type: 'quick-add' }
  /** How far the import the window asked for has come. */
  | { type: 'import:progress'; progress: ImportProgress }

export function splitChannel(channel: Channel): { domain: string; verb: string } {
  const [domain, verb] = channel.split(':') as [string, string]
  return { domain, verb }
}
