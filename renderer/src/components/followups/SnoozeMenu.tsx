import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconAlarmSnooze, IconCalendarTime, IconChevronDown } from '@tabler/icons-react'
import { useState } from 'react'
import { snoozeChoices } from '../../lib/followUpGroups'
import { isoToLocal, localToIso } from '../../lib/format'
import { DateTimeField } from '../DateTimeField'
import { userWeekOptions } from '../review/reviewSteps'
import { useFollowUpActions } from './useFollowUpActions'

type Props = {
  followUpId: string
  /** Says which follow-up, for screen readers: usually the note. */
  about: string
  size?: 'xs' | 'sm'
  onSnoozed?: () => void
}

/** Snooze: an hour, tomorrow morning, next week, or a time the user picks. */
export function SnoozeMenu({ followUpId, about, size = 'xs', onSnoozed }: Props) {
  const actions = useFollowUpActions()
  const [picking, picker] = useDisclosure(false)
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string>()

  const snooze = async (until: Date) => {
    if (await actions.snooze(followUpId, until)) onSnoozed?.()
  }
  const snoozeToChosen = async () => {
    if (!chosen) return setError('Type or pick the day and time to be reminded again.')
    const until = new Date(localToIso(chosen))
    if (until.getTime() <= Date.now()) return setError('Pick a time in the future.')
    picker.close()
    await snooze(until)
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size={size}
            leftSection={<IconAlarmSnooze size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={`Snooze: ${about}`}
          >
            Snooze
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {snoozeChoices(new Date(), userWeekOptions().weekStartsOn).map((choice) => (
            <Menu.Item key={choice.key} onClick={() => void snooze(choice.until)}>
              {choice.label}
            </Menu.Item>
          ))}
          <Menu.Item
            leftSection={<IconCalendarTime size={16} aria-hidden />}
            onClick={() => {
              setChosen('')
              setError(undefined)
              picker.open()
            }}
          >
            Pick a time…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={picking} onClose={picker.close} title="Snooze until" size="sm">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {about}
          </Text>
          <DateTimeField
            label="Remind me again on"
            value={chosen}
            onChange={(value) => {
              setChosen(value)
              setError(undefined)
            }}
            min={isoToLocal(new Date().toISOString())}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={picker.close}>
              Cancel
            </Button>
            <Button onClick={() => void snoozeToChosen()}>Snooze</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
