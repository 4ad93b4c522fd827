import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBell } from '@tabler/icons-react'
import { useEffect, useRef, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import type { PushEvent } from '../../../../shared/api/channels'
import { snoozeChoices } from '../../../../shared/derive/followUps'
import { useKith } from '../../api/KithContext'
import { userWeekOptions } from '../review/reviewSteps'
import { useFollowUpActions } from './useFollowUpActions'

/** "#/people/p-1" (as pushed) → "/people/p-1" for the router; anything that is not an in-app route is ignored. */
export function routeOf(to: string): string | undefined {
  const route = to.startsWith('#') ? to.slice(1) : to
  return route.startsWith('/') && !route.startsWith('//') ? route : undefined
}

/** Clicks on the notification's own buttons (actions, close) must not also open it. */
const onBody = (open: () => void) => (event: MouseEvent<HTMLDivElement>) => {
  if (!(event.target as HTMLElement).closest('button')) open()
}

type Opener = (to: string) => void

/** What every reminder notification shares: it stays until acted on, and a click on its body opens it. */
const reminderCard = (id: string, title: string, open: () => void) => ({
  id,
  title,
  color: 'indigo',
  icon: <IconBell size={18} aria-hidden />,
  autoClose: false as const,
  style: { cursor: 'pointer' },
  onClick: onBody(open),
})

/**
 * Shows the scheduler's reminders (pushed by the main process or the browser bridge)
 * as in-app notifications, and follows its `navigate` requests.
 * Mounted once; each push is shown once, since showing happens in the event handler, never on render.
 */
export function ReminderNotifications() {
  const kith = useKith()
  const navigate = useNavigate()
  const actions = useFollowUpActions()
  // A counter rather than the follow-up id: a snoozed follow-up that comes due again is a new notification.
  const shown = useRef(0)
  // The latest callbacks, without re-subscribing on every render.
  const latest = useRef({ navigate, actions })
  useEffect(() => {
    latest.current = { navigate, actions }
  })

  useEffect(() => {
    const open: Opener = (to) => {
      const route = routeOf(to)
      if (route) void latest.current.navigate(route)
    }
    const show = (event: PushEvent) => {
      if (event.type === 'followup:due') showFollowUp(event, `kith-reminder-${++shown.current}`, open, latest.current.actions)
      else if (event.type === 'reminder') showReminder(event, `kith-reminder-${++shown.current}`, open)
      else if (event.type === 'navigate') open(event.to)
      // 'quick-add' is NetworkShortcuts' to handle: it opens the quick capture form.
    }
    return kith.onEvent(show)
  }, [kith])

  return null
}

type DueEvent = Extract<PushEvent, { type: 'followup:due' }>
type Actions = ReturnType<typeof useFollowUpActions>

function showFollowUp(event: DueEvent, id: string, open: Opener, actions: Actions) {
  const person = event.personId ? `/people/${event.personId}` : '/followups'
  const act = (run: () => Promise<boolean>) => async () => {
    if (await run()) notifications.hide(id)
  }
  const goToPerson = () => {
    notifications.hide(id)
    open(person)
  }
  // Measured at the click: an hour from when the user snoozes, not from when it showed.
  const anHourFromNow = () => snoozeChoices(new Date(), userWeekOptions().weekStartsOn)[0]!.until
  notifications.show({
    ...reminderCard(id, event.title, goToPerson),
    'data-kith-followup': event.followUpId,
    message: (
      <>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {event.body}
        </Text>
        <Group gap={6} mt={8}>
          <Button size="compact-xs" variant="light" onClick={goToPerson}>
            {event.personId ? 'Open' : 'Open follow-ups'}
          </Button>
          <Button size="compact-xs" variant="default" onClick={act(() => actions.snooze(event.followUpId, anHourFromNow()))}>
            Snooze an hour
          </Button>
          <Button size="compact-xs" variant="light" color="teal" onClick={act(() => actions.done(event.followUpId))}>
            Done
          </Button>
        </Group>
      </>
    ),
  })
}

function showReminder(event: Extract<PushEvent, { type: 'reminder' }>, id: string, open: Opener) {
  const go = () => {
    notifications.hide(id)
    open(event.to)
  }
  notifications.show({
    ...reminderCard(id, event.title, go),
    message: (
      <>
        <Text size="sm">{event.body}</Text>
        <Button size="compact-xs" variant="light" mt={8} onClick={go}>
          Open
        </Button>
      </>
    ),
  })
}
