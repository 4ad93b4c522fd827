import { Button, Stack } from '@mantine/core'
import { IconCalendarEvent, IconNotes } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { UpcomingEvent } from '../../../../shared/derive/review/steps'
import { EVENT_KIND_LABELS } from '../../lib/labels'
import { formatTimeRange } from '../../lib/format'
import { StepEmpty, StepItem } from './StepList'

export function NextWeekStep({ events }: { events: UpcomingEvent[] }) {
  if (!events.length) {
    return (
      <StepEmpty icon={<IconCalendarEvent aria-hidden />} title="No events next week">
        Add the mixers, leads-group meetings and dinners you plan to attend on the Events page. Each gets a cheat sheet: who is coming, what you learned about
        them last time, and your icebreakers.
      </StepEmpty>
    )
  }
  return (
    <Stack gap="sm">
      {events.map((e) => (
        <StepItem
          key={e.eventId}
          label={e.title}
          title={e.title}
          to={`/events/${e.eventId}`}
          meta={[EVENT_KIND_LABELS[e.kind], formatTimeRange(e.startsAt, e.endsAt), e.venue, `${e.expectedAttendees} expected`].filter(Boolean).join(' · ')}
        >
          <Button size="xs" variant="light" component={Link} to={`/events/${e.eventId}/cheat-sheet`} leftSection={<IconNotes size={14} aria-hidden />}>
            Cheat sheet
          </Button>
        </StepItem>
      ))}
    </Stack>
  )
}
