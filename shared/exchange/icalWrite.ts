import ICAL from 'ical.js'
import type { FollowUp, Journal, NetworkEvent } from '../domain'
import { oneLineBreak } from './text'

type Component = InstanceType<typeof ICAL.Component>

const utc = (iso: string) => ICAL.Time.fromJSDate(new Date(iso), true)

function text(component: Component, name: string, value: string | undefined): void {
  if (value) component.addPropertyWithValue(name, oneLineBreak(value))
}

function eventComponent(event: NetworkEvent, stamp: string): Component {
  const vevent = new ICAL.Component('vevent')
  vevent.addPropertyWithValue('uid', `${event.id}@kith`)
  vevent.addPropertyWithValue('dtstamp', utc(stamp))
  vevent.addPropertyWithValue('dtstart', utc(event.startsAt))
  if (event.endsAt) vevent.addPropertyWithValue('dtend', utc(event.endsAt))
  text(vevent, 'summary', event.title)
  text(vevent, 'location', event.venue)
  text(vevent, 'description', [event.goals && `Goals: ${event.goals}`, event.notes].filter(Boolean).join('\n\n'))
  return vevent
}

const TODO_STATUS = { pending: 'NEEDS-ACTION', done: 'COMPLETED', dismissed: 'CANCELLED' } as const

function followUpComponent(followUp: FollowUp, personName: string | undefined, stamp: string): Component {
  const summary = personName ? `Follow up with ${personName}${followUp.note ? `: ${followUp.note}` : ''}` : followUp.note || 'Follow up'
  const vtodo = new ICAL.Component('vtodo')
  vtodo.addPropertyWithValue('uid', `${followUp.id}@kith`)
  vtodo.addPropertyWithValue('dtstamp', utc(stamp))
  vtodo.addPropertyWithValue('due', utc(followUp.snoozedUntil ?? followUp.dueAt))
  text(vtodo, 'summary', summary)
  vtodo.addPropertyWithValue('status', TODO_STATUS[followUp.status])
  if (followUp.status === 'pending') {
    // RFC 5545: a DISPLAY alarm needs a DESCRIPTION; the trigger fires at the due time.
    const alarm = new ICAL.Component('valarm')
    alarm.addPropertyWithValue('action', 'DISPLAY')
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(0))
    text(alarm, 'description', summary)
    vtodo.addSubcomponent(alarm)
  }
  return vtodo
}

/** The journal's events (VEVENT) and follow-ups (VTODO with DUE and an alarm) as one iCalendar file. */
export function writeCalendar(journal: Pick<Journal, 'events' | 'followUps' | 'people'>, now: Date): string {
  const stamp = now.toISOString()
  const names = new Map(journal.people.map((p) => [p.id, p.name]))
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('prodid', '-//Kith//Relationship journal//EN')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  for (const event of journal.events) calendar.addSubcomponent(eventComponent(event, stamp))
  for (const followUp of journal.followUps) {
    calendar.addSubcomponent(followUpComponent(followUp, followUp.personId ? names.get(followUp.personId) : undefined, stamp))
  }
  return calendar.toString() + '\r\n'
}
