import type { Channel } from './channels'

/**
 * What each call does, as the end of "Could not …", so an error reads
 * "Could not add the person: name is required." rather than naming a channel.
 * A call missing here falls back to its channel name; a test lists the missing ones.
 */
export const CALL_PHRASES: { readonly [C in Channel]?: string } = {
  'journal:status': 'read the journal status',
  'journal:startEmpty': 'start an empty journal',
  'journal:loadSample': 'load the sample journal',
  'people:create': 'add the person',
  'people:list': 'list people',
  'people:get': 'open the person',
  'people:update': 'save the person',
  'events:create': 'add the event',
  'events:list': 'list events',
  'events:get': 'open the event',
  'interactions:create': 'log the interaction',
  'interactions:list': 'list interactions',
  'referrals:create': 'record the referral',
  'referrals:list': 'list referrals',
  'followups:create': 'add the follow-up',
  'followups:list': 'list follow-ups',
  'settings:get': 'read the settings',
  'settings:update': 'save the settings',
}

export function callPhrase(channel: Channel): string {
  return CALL_PHRASES[channel] ?? channel
}
