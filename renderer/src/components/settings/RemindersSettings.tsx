import { Divider, Group, NumberInput, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { useEffect, useRef, useState } from 'react'
import type { Settings } from '../../../../shared/domain'
import { useQuery } from '@tanstack/react-query'
import { useKith } from '../../api/KithContext'
import { inDesktopApp } from '../../api/getKith'
import { journalQueries } from '../../api/queries/journal'
import { peopleQueries } from '../../api/queries/people'
import { QueryView } from '../QueryView'
import { Section } from '../Section'
import { SaveStatus, useSaveAsYouGo } from './saveAsYouGo'
import { CADENCE_ERROR, CadenceByTagEditor, validCadence, type TagCadence } from './CadenceByTagEditor'

/** The settings this section edits: the reminder scheduler's own stamps never leave the journal. */
type ReminderFields = Pick<Settings, 'defaultCadenceDays' | 'cadenceByTag' | 'quietHours' | 'weeklyReview' | 'launchAtLogin'>
type Draft = Omit<ReminderFields, 'defaultCadenceDays' | 'cadenceByTag'> & { defaultCadenceDays: number | string; tags: TagCadence[] }

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/
const CLOCK_ERROR = 'Enter a time like 08:30'

function draftOf(s: Settings): Draft {
  return {
    defaultCadenceDays: s.defaultCadenceDays,
    tags: Object.entries(s.cadenceByTag).map(([tag, days]) => ({ tag, days })),
    quietHours: { ...s.quietHours },
    weeklyReview: { ...s.weeklyReview },
    launchAtLogin: s.launchAtLogin,
  }
}

/**
 * Only the fields that changed: sending back every field could overwrite what the
 * scheduler saved meanwhile (weeklyReviewRemindedAt, trayHintShown).
 */
export function reminderPatch(saved: Settings, draft: Draft): Partial<ReminderFields> {
  const next: ReminderFields = {
    defaultCadenceDays: draft.defaultCadenceDays as number,
    cadenceByTag: Object.fromEntries(draft.tags.map((t) => [t.tag, t.days as number])),
    quietHours: draft.quietHours,
    weeklyReview: draft.weeklyReview,
    launchAtLogin: draft.launchAtLogin,
  }
  const patch: Partial<ReminderFields> = {}
  for (const key of Object.keys(next) as (keyof ReminderFields)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(saved[key])) Object.assign(patch, { [key]: next[key] })
  }
  return patch
}

function ReminderForm({ settings, knownTags }: { settings: Settings; knownTags: string[] }) {
  const kith = useKith()
  // The latest settings (reloaded on every journal change) are what the draft is compared with.
  const saved = useRef(settings)
  useEffect(() => {
    saved.current = settings
  })
  const [draft, setDraft] = useState(() => draftOf(settings))
  const saving = useSaveAsYouGo(
    journalQueries.settings().queryKey,
    (next: Draft): Partial<Settings> => reminderPatch(saved.current, next),
    (patch) => kith.settings.update({ patch }),
  )
  const clockError = (value: string) => (CLOCK.test(value) ? undefined : CLOCK_ERROR)
  const isValid = (d: Draft) =>
    validCadence(d.defaultCadenceDays) &&
    d.tags.every((t) => validCadence(t.days)) &&
    !clockError(d.quietHours.start) &&
    !clockError(d.quietHours.end) &&
    !clockError(d.weeklyReview.time)
  // Each valid change is saved after a pause, or at once when the page is left.
  const set = (change: Partial<Draft>) => {
    const next = { ...draft, ...change }
    setDraft(next)
    if (isValid(next)) saving.schedule(next)
    else saving.schedule.cancel()
  }

  return (
    <form aria-label="Reminder settings" noValidate onSubmit={(event) => event.preventDefault()}>
      <Stack gap="md">
        <Title order={3} size="h5">
          Keep in touch
        </Title>
        <NumberInput
          label="Keep in touch every (days)"
          description="For people without their own cadence and without a tag below"
          min={1}
          max={3650}
          allowDecimal={false}
          w={300}
          value={draft.defaultCadenceDays}
          onChange={(value) => set({ defaultCadenceDays: value })}
          error={validCadence(draft.defaultCadenceDays) ? undefined : CADENCE_ERROR}
        />
        <Text size="sm" fw={500}>
          Cadence per tag
        </Text>
        <CadenceByTagEditor rows={draft.tags} onChange={(tags) => set({ tags })} knownTags={knownTags} />

        <Divider />
        <Title order={3} size="h5">
          Quiet hours
        </Title>
        <Switch
          label="Hold notifications during quiet hours"
          description="They arrive when the quiet hours end, never lost"
          checked={draft.quietHours.enabled}
          onChange={(event) => set({ quietHours: { ...draft.quietHours, enabled: event.currentTarget.checked } })}
        />
        <Group gap="md" align="flex-start">
          <TimeInput
            label="From"
            w={140}
            disabled={!draft.quietHours.enabled}
            value={draft.quietHours.start}
            onChange={(event) => set({ quietHours: { ...draft.quietHours, start: event.currentTarget.value } })}
            error={clockError(draft.quietHours.start)}
          />
          <TimeInput
            label="Until"
            w={140}
            disabled={!draft.quietHours.enabled}
            value={draft.quietHours.end}
            onChange={(event) => set({ quietHours: { ...draft.quietHours, end: event.currentTarget.value } })}
            error={clockError(draft.quietHours.end)}
          />
        </Group>

        <Divider />
        <Title order={3} size="h5">
          Weekly review
        </Title>
        <Switch
          label="Remind me to do my weekly review"
          checked={draft.weeklyReview.enabled}
          onChange={(event) => set({ weeklyReview: { ...draft.weeklyReview, enabled: event.currentTarget.checked } })}
        />
        <Group gap="md" align="flex-start">
          <Select
            label="On"
            w={180}
            disabled={!draft.weeklyReview.enabled}
            data={WEEKDAYS.map((label, day) => ({ value: String(day), label }))}
            value={String(draft.weeklyReview.weekday)}
            onChange={(value) => value !== null && set({ weeklyReview: { ...draft.weeklyReview, weekday: Number(value) } })}
            allowDeselect={false}
          />
          <TimeInput
            label="At"
            w={140}
            disabled={!draft.weeklyReview.enabled}
            value={draft.weeklyReview.time}
            onChange={(event) => set({ weeklyReview: { ...draft.weeklyReview, time: event.currentTarget.value } })}
            error={clockError(draft.weeklyReview.time)}
          />
        </Group>

        <Divider />
        <Switch
          label="Start Kith when I log in"
          description={
            inDesktopApp()
              ? 'Kith starts in the tray, so reminders arrive even before you open it.'
              : 'In the browser this only stores the setting; the desktop app applies it.'
          }
          checked={draft.launchAtLogin}
          onChange={(event) => set({ launchAtLogin: event.currentTarget.checked })}
        />

        <SaveStatus state={saving.state} />
      </Stack>
    </form>
  )
}

/** Settings → Reminders: cadence (default and per tag), quiet hours, the weekly review reminder, launch at login. */
export function RemindersSettings() {
  const settings = useQuery(journalQueries.settings())
  const overview = useQuery(peopleQueries.overview())
  return (
    <Section title="Reminders and keeping in touch">
      <QueryView query={settings}>{(s) => <ReminderForm settings={s} knownTags={overview.data?.tags ?? []} />}</QueryView>
    </Section>
  )
}
