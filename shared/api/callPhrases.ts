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
  'followups:update': 'save the follow-up',
  'followups:snooze': 'snooze the follow-up',
  'followups:done': 'mark the follow-up done',
  'followups:dismiss': 'dismiss the follow-up',
  'settings:get': 'read the settings',
  'settings:update': 'save the settings',
  'referrals:update': 'save the referral',
  'referrals:ledger': 'total the referrals',
  'timeline:get': 'build the timeline',
  'people:overview': 'list people',
  'people:timeline': "build the person's timeline",
  'people:merge': 'merge the two people',
  'people:capture': 'capture the person',
  'search:query': 'search the journal',
  'cheatsheet:get': 'build the cheat sheet',
  'icebreakers:list': 'list icebreakers',
  'icebreakers:create': 'add the icebreaker',
  'icebreakers:update': 'save the icebreaker',
  'people:answer': "save the person's answer",
  'profile:get': 'read your profile',
  'profile:update': 'save your profile',
  'print:cheatsheet': 'print the cheat sheet',
  'journal:export': 'export the journal',
  'backups:list': 'list backups',
  'backups:restore': 'restore the backup',
  'trash:list': 'list the trash',
  'trash:restore': 'restore from the trash',
  'people:delete': 'delete the person',
  'events:delete': 'delete the event',
  'interactions:delete': 'delete the interaction',
  'referrals:delete': 'delete the referral',
  'reviews:list': 'list weekly reviews',
  'reviews:get': 'open the weekly review',
  'reviews:save': 'save the weekly review',
  'reviews:history': 'list past weekly reviews',
  'review:summary': 'build the weekly summary',
}

export function callPhrase(channel: Channel): string {
  return CALL_PHRASES[channel] ?? channel
}
